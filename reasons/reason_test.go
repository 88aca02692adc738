package reasons

import (
	"fmt"
	"testing"
)

func TestCallTypeString(t *testing.T) {
	for _, tt := range []struct {
		c    CallType
		want string
	}{
		{OneToOne, "1-to-1"},
		{GroupCall, "group"},
		{OneToOne | GroupCall, "1-to-1, group"},
		{NoAnswer.CallTypes(), "1-to-1"},
		{RoomIsFull.CallTypes(), "group"},
		{Normal.CallTypes(), "1-to-1, group"},
		{0, "CallType(0)"},
		{Reason(1999).CallTypes(), "CallType(0)"},
		{4, "CallType(4)"},
		{OneToOne | 4, "CallType(5)"},
		{255, "CallType(255)"},
	} {
		if got := tt.c.String(); got != tt.want {
			t.Errorf("CallType(%d).String() = %q, want %q", uint8(tt.c), got, tt.want)
		}
		if got := fmt.Sprint(tt.c); got != tt.want {
			t.Errorf("fmt.Sprint(CallType(%d)) = %q, want %q", uint8(tt.c), got, tt.want)
		}
	}
}

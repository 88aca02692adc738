package stdonly

import "fmt"

func busy(e interface{ Source() Source }) {
	fmt.Println(e.Source() == 4) // want `raw integer 4 used as reasons.Source; use reasons.CloudServer`
}

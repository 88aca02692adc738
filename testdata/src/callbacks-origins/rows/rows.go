// Package rows reads disconnect reasons back from a database and other
// decoders: a field whose tag names a callback parameter, under any key,
// holds it.
package rows

import "database/sql"

// A CallRow is a stored call event.
type CallRow struct {
	Reason int    `db:"disconnect_reason"`                       // want `^field Reason holds disconnect_reason as int; use reasons.Reason$`
	Code   string `bson:"disconnect_reason,omitempty"`           // want `^field Code holds disconnect_reason as string; use reasons.Reason$`
	Rel    string `gorm:"column:rel_code_str;type:varchar"`      // want `^field Rel holds rel_code_str as string; use reasons.RelCode$`
	By     uint8  `yaml:"releaser_type"`                         // want `^field By holds releaser_type as uint8; use reasons.Source$`
	Cause  int    `xml:"terminate,attr"`                         // want `^field Cause holds terminate as int; use reasons.Cause$`
	RelNum string `header:"rel_code" mapstructure:"rel"`         // want `^field RelNum holds rel_code as string; use reasons.RelCode$`
	Legacy int    `mapstructure:"call_end_reason"`               // want `^field Legacy holds call_end_reason, the parameter of LINE Planet's callbacks before 5.1, whose values collide with today's disconnect reasons \(its 1001 meant the callee was busy; 1001 is NORMAL now\): read disconnect_reason$`
	Text   string `db:"disconnect_reason_text"`                  // another column
	User   string `db:"user_rel_code"`                           // the application's own code
	Out    int    `url:"disconnect_reason"`                      // go-querystring encodes through fmt: a plain int is right
	Note   string `json:"note" gorm:"comment:disconnect_reason"` // gorm's comment, not its column
	Xorm   int    `xorm:"int 'disconnect_reason' notnull"`       // want `^field Xorm holds disconnect_reason as int; use reasons.Reason$`
	Proto  int32  `protobuf:"varint,2,opt,name=releaser_type,proto3"` // want `^field Proto holds releaser_type as int32; use reasons.Source$`
}

func missed(row CallRow) bool {
	if row.Reason == 1110 { // want `^field Reason \(disconnect_reason\) compared with raw integer 1110; make the field a reasons.Reason and compare with reasons.UserError$`
	}
	if row.Cause == 18 || row.By == 9 { // want `^field Cause \(terminate\) compared with raw integer 18; make the field a reasons.Cause and compare with reasons.CauseNoAnswer$` `^9 is not a disconnect source$`
	}
	return row.Code == "1203" || row.Text == "1203" || row.User == "1203" || row.Out == 1203 // want `^field Code \(disconnect_reason\) compared with "1203"; make the field a reasons.Reason and compare with reasons.NoAnswer$`
}

// Settings is a configuration: terminate is a word that configurations
// use, and only beside another release key does it hold a Q.850 cause.
type Settings struct {
	Terminate string `yaml:"terminate"`
	Timeout   int    `yaml:"timeout"`
}

func settings(s Settings) bool {
	return s.Terminate == "graceful"
}

// A nullable column of database/sql holds its value in a field of its own.
type NullRow struct {
	Reason sql.NullInt64        `db:"disconnect_reason"` // want `^field Reason holds disconnect_reason as sql.NullInt64; use sql.Null\[reasons.Reason\]$`
	Source sql.Null[int]        `db:"releaser_type"`     // want `^field Source holds releaser_type as sql.Null\[int\]; use sql.Null\[reasons.Source\]$`
	Rel    sql.NullString       `db:"rel_code_str"`      // want `^field Rel holds rel_code_str as sql.NullString; use sql.Null\[reasons.RelCode\]$`
	Other  sql.NullTime         `db:"terminate"`
}

func nullable(row NullRow) bool {
	return row.Reason.Valid && row.Reason.Int64 == 1110 || row.Source.V == 4 || row.Rel.String == "NOANSWER" // want `^field Reason \(disconnect_reason\) compared with raw integer 1110; make the field a sql.Null\[reasons.Reason\] and compare with reasons.UserError$` `^field Source \(releaser_type\) compared with raw integer 4; make the field a sql.Null\[reasons.Source\] and compare with reasons.CloudServer$` `^field Rel \(rel_code_str\) carries rel code names, and "NOANSWER" is a disconnect reason code`
}

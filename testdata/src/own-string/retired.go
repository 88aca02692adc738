package ownstring

// Codes that older SDKs sent: a retired code is replaced by the code that
// LINE Planet sends in its place, where there is one.
const (
	CodeLocalError  ReasonCode = "INTERNAL_ERROR_BY_LOCAL"  // want `^ownstring.CodeLocalError is "INTERNAL_ERROR_BY_LOCAL", the code of a retired disconnect reason \(1103\); use "INTERNAL_ERROR"$`
	CodeRemoteError ReasonCode = "INTERNAL_ERROR_BY_REMOTE" // want `^ownstring.CodeRemoteError is "INTERNAL_ERROR_BY_REMOTE", the code of a retired disconnect reason \(1104\) that current SDKs never report$`
)

func retired(c ReasonCode) bool {
	return c == "USER_ERROR_BY_LOCAL" // want `^"USER_ERROR_BY_LOCAL" is the code of a retired disconnect reason \(1105\); use "USER_ERROR"$`
}

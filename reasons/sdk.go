package reasons

// An SDK is one of LINE Planet's client SDKs, which spell reasons each in
// its own way.
type SDK string

// The SDKs whose spellings of reasons this package knows.
const (
	SDKAndroid SDK = "Android" // PlanetKit for Android: NO_ANSWER
	SDKiOS     SDK = "iOS"     // PlanetKit for iOS and macOS: noAnswer
	SDKWindows SDK = "Windows" // PlanetKit for Windows: PLNK_DISCONNECT_REASON_NOANSWER
	SDKWeb     SDK = "Web"     // WebPlanetKit: PLANETKIT_DISCONNECT_REASON_NOANSWER
)

// sdks lists the SDKs in the order in which Suggest tries their spellings.
var sdks = [...]SDK{SDKiOS, SDKAndroid, SDKWindows, SDKWeb}

// The prefixes that the Windows and Web SDKs put before a reason's code.
const (
	windowsPrefix = "PLNK_DISCONNECT_REASON_"
	webPrefix     = "PLANETKIT_DISCONNECT_REASON_"
)

// Spelling returns how sdk spells r exactly: for [NoAnswer], "noAnswer" in
// iOS, "NO_ANSWER" in Android, "PLNK_DISCONNECT_REASON_NOANSWER" in Windows
// and "PLANETKIT_DISCONNECT_REASON_NOANSWER" in Web. It returns "" if sdk
// lacks r or its spelling of r is not known, and if r or sdk is not known.
func (r Reason) Spelling(sdk SDK) string {
	info, ok := reasonTable[r]
	if !ok {
		return ""
	}
	switch sdk {
	case SDKAndroid:
		return info.sdk.android
	case SDKiOS:
		return info.sdk.iOS
	case SDKWindows:
		if info.sdk.windows {
			return windowsPrefix + info.code
		}
	case SDKWeb:
		if info.sdk.web {
			return webPrefix + info.code
		}
	}
	return ""
}

// Package reasons gives LINE Planet's disconnect reasons and disconnect
// sources Go types, so that application servers can handle them with named
// constants instead of numbers and strings.
//
// Every call that LINE Planet (PlanetKit) ends carries a [Reason], such as
// [NoAnswer], whose wire value is 1203 and whose code is "NOANSWER", and a
// [Source], such as [CloudServer], which says who ended it. LINE Planet's
// HTTP callbacks send both as decimal text in the query string
// (disconnect_reason=1203, releaser_type=4); [FromQuery] reads them, and
// [ParseValue], [ParseSourceValue], [Parse] and [ParseSource] parse single
// values.
//
// # Values
//
// The values of the constants are LINE Planet's wire values. They are never
// renumbered, and reasons that LINE Planet adds are appended. Gaps between
// values are deliberate: they belong to values that older SDKs used (see
// [Retired]) or that were never assigned. The zero value of [Reason] and
// [Source] is not a reason or source, so it can stand for "not set".
//
// A value that LINE Planet adds after this version of the package is kept
// as it is: it parses, prints as Reason(1999) and is not [Reason.Known]. It
// is never mapped to a known reason, so a switch with a default clause
// handles it.
//
// # Common and web-only reasons
//
// 44 reasons are common to every SDK and to the server callbacks; [Common]
// lists them. Twelve more, 1601 to 1612, are reported only by WebPlanetKit
// ([Reason.WebOnly]); [All] lists the 56 together.
package reasons

import (
	"slices"
	"strconv"
)

// A Reason is why LINE Planet ended a call: one of the constants below, or
// a value that a later version of LINE Planet added.
type Reason int

// The disconnect reasons. The comment on each gives its code.
const (
	Normal                             Reason = 1001 // NORMAL
	Decline                            Reason = 1002 // DECLINE
	CellCall                           Reason = 1003 // CELL_CALL
	InternalError                      Reason = 1109 // INTERNAL_ERROR
	UserError                          Reason = 1110 // USER_ERROR
	InternalKitError                   Reason = 1111 // INTERNAL_KIT_ERROR
	MicNoSource                        Reason = 1112 // AUDIO_TX_NO_SRC
	Cancel                             Reason = 1201 // CANCEL
	Busy                               Reason = 1202 // BUSY
	NoAnswer                           Reason = 1203 // NOANSWER
	AlreadyGotACall                    Reason = 1204 // ALREADY_GOT_A_CALL
	MultiDeviceInUse                   Reason = 1205 // MULTIDEV_IN_USE
	MultiDeviceAnswer                  Reason = 1206 // MULTIDEV_ANSWER
	MultiDeviceDecline                 Reason = 1207 // MULTIDEV_DECLINE
	MaxCallTimeExceeded                Reason = 1208 // MAX_CALL_TIME_EXCEEDED
	NetworkUnstable                    Reason = 1301 // NETWORK_UNSTABLE
	PushError                          Reason = 1302 // PUSH_ERROR
	AuthError                          Reason = 1303 // AUTH_ERROR
	ReleasedCall                       Reason = 1304 // RELEASED_CALL
	ServerInternalError                Reason = 1305 // SERVER_INTERNAL_ERROR
	UnavailableNetwork                 Reason = 1308 // UNAVAILABLE_NETWORK
	AppDestroy                         Reason = 1309 // APP_DESTROY
	SystemSleep                        Reason = 1310 // SYSTEM_SLEEP
	SystemLogoff                       Reason = 1311 // SYSTEM_LOGOFF
	MTUExceeded                        Reason = 1312 // MTU_EXCEEDED
	AppServerDataError                 Reason = 1313 // APP_SERVER_DATA_ERROR
	DesktopScreenLocked                Reason = 1314 // DESKTOP_SCREEN_LOCKED
	RoomIsFull                         Reason = 1401 // ROOM_IS_FULL
	AloneKickOut                       Reason = 1402 // ALONE_KICK_OUT
	WrongRoomAttribute                 Reason = 1403 // WRONG_ROOM_ATTR
	RoomNotFound                       Reason = 1404 // ROOM_NOT_FOUND
	AnotherInstanceTryToJoin           Reason = 1405 // ANOTHER_INSTANCE_TRY_TO_JOIN
	ServiceAccessTokenError            Reason = 1501 // SERVICE_ACCESS_TOKEN_ERROR
	ServiceInvalidID                   Reason = 1502 // SERVICE_INVALID_ID
	ServiceMaintenance                 Reason = 1503 // SERVICE_MAINTENANCE
	ServiceBusy                        Reason = 1504 // SERVICE_BUSY
	ServiceInternalError               Reason = 1505 // SERVICE_INTERNAL_ERROR
	ServiceHTTPError                   Reason = 1506 // SERVICE_HTTP_ERROR
	ServiceHTTPConnectionTimeOut       Reason = 1507 // SERVICE_HTTP_CONNECTION_TIME_OUT
	ServiceHTTPInvalidPeerCert         Reason = 1508 // SERVICE_HTTP_INVALID_PEER_CERT
	ServiceHTTPConnectFail             Reason = 1509 // SERVICE_HTTP_CONNECT_FAIL
	ServiceHTTPInvalidURL              Reason = 1510 // SERVICE_HTTP_INVALID_URL
	ServiceIncompatiblePlanetKitVer    Reason = 1511 // SERVICE_INCOMPATIBLE_PLANETKIT_VER
	ServiceTooManyRequests             Reason = 1512 // SERVICE_TOO_MANY_REQUESTS
	WebRTCAbort                        Reason = 1601 // WEB_RTC_ABORT
	WebRTCNotAllowed                   Reason = 1602 // WEB_RTC_NOT_ALLOWED
	WebRTCNotFound                     Reason = 1603 // WEB_RTC_NOT_FOUND
	WebRTCNotReadable                  Reason = 1604 // WEB_RTC_NOT_READABLE
	WebRTCOverconstrained              Reason = 1605 // WEB_RTC_OVERCONSTRAINED
	WebRTCSecurityError                Reason = 1606 // WEB_RTC_SECURITY_ERROR
	WebRTCTypeError                    Reason = 1607 // WEB_RTC_TYPE_ERROR
	WebNoMediaPacket                   Reason = 1608 // WEB_NO_MEDIA_PACKET
	WebCallConnectFailByServer         Reason = 1609 // WEB_CALL_CONNECT_FAIL_BY_SERVER
	WebCallConnectFailByClient         Reason = 1610 // WEB_CALL_CONNECT_FAIL_BY_CLIENT
	WebSignalingUnexpectedDisconnected Reason = 1611 // WEB_SIGNALING_UNEXPECTED_DISCONNECTED
	WebBrowserNotSupported             Reason = 1612 // WEB_BROWSER_NOT_SUPPORTED
)

// A CallType is a set of kinds of call.
type CallType uint8

// The kinds of call.
const (
	OneToOne  CallType = 1 << iota // a 1-to-1 call
	GroupCall                      // a group call
)

// A Category is the group LINE Planet's documentation files a reason under.
type Category uint8

// The categories, in the documentation's order.
const (
	CategoryCommon  Category = iota + 1 // how a call normally ends: declined, busy, no answer ...
	CategoryError                       // a failure on a client, the network or the cloud
	CategoryGroup                       // group calls only: the room is full, not found ...
	CategoryService                     // the service gateway refused or failed the connection
	CategoryWeb                         // reported by WebPlanetKit only
)

var categoryNames = [...]string{
	CategoryCommon:  "common",
	CategoryError:   "error",
	CategoryGroup:   "group",
	CategoryService: "service",
	CategoryWeb:     "web",
}

// String returns the category's name as the documentation spells it
// ("common", "error", "group", "service", "web").
func (c Category) String() string {
	if c > 0 && int(c) < len(categoryNames) {
		return categoryNames[c]
	}
	return "Category(" + strconv.Itoa(int(c)) + ")"
}

// spellings says how each SDK names a reason. LINE Planet's Windows and Web
// SDKs spell every reason they have as a prefix and the code; the iOS and
// Android SDKs have names of their own.
type spellings struct {
	iOS     string // "" if the iOS SDK lacks the reason
	android string // "" if the Android SDK lacks the reason or its name is not known
	windows bool   // PLNK_DISCONNECT_REASON_<code>
	web     bool   // PLANETKIT_DISCONNECT_REASON_<code>
}

const (
	windowsPrefix = "PLNK_DISCONNECT_REASON_"
	webPrefix     = "PLANETKIT_DISCONNECT_REASON_"
)

type reasonInfo struct {
	name        string // the constant's identifier
	code        string
	calls       CallType
	sources     []Source // nil where LINE Planet does not document them
	category    Category
	sdk         spellings
	description string
}

const both = OneToOne | GroupCall

// reasonTable is the single source of truth about reasons. Everything else,
// the reverse lookups included, is derived from it.
var reasonTable = map[Reason]reasonInfo{
	Normal:           {"Normal", "NORMAL", both, []Source{Caller, Callee, Participant}, CategoryCommon, spellings{"normal", "NORMAL", true, true}, "The call ended normally, without an error."},
	Decline:          {"Decline", "DECLINE", both, []Source{Callee, CloudServer}, CategoryCommon, spellings{"decline", "DECLINE", true, true}, "The callee declined the call; in a group call, the cloud refused a rejoin to a room the user had not properly left."},
	CellCall:         {"CellCall", "CELL_CALL", both, []Source{Caller, Callee, Participant}, CategoryCommon, spellings{"cellCall", "CELL_CALL", true, true}, "A cellular phone call interrupted the call."},
	InternalError:    {"InternalError", "INTERNAL_ERROR", both, []Source{Caller, Callee, Participant, CloudServer}, CategoryError, spellings{"internalError", "INTERNAL_ERROR", true, true}, "An internal failure in the SDK or the cloud ended the call."},
	UserError:        {"UserError", "USER_ERROR", both, []Source{Caller, Callee, AppServer}, CategoryError, spellings{"userError", "USER_ERROR", true, true}, "The application ended the call with its own error code, carried in the user code (user_rel_code)."},
	InternalKitError: {"InternalKitError", "INTERNAL_KIT_ERROR", both, []Source{Caller, Callee, Participant}, CategoryError, spellings{"internalKitError", "INTERNAL_KIT_ERROR", true, true}, "A failure specific to the device's platform inside PlanetKit ended the call."},
	MicNoSource:      {"MicNoSource", "AUDIO_TX_NO_SRC", both, []Source{Caller, Callee, Participant}, CategoryError, spellings{"micNoSource", "AUDIO_TX_NO_SRC", true, true}, "The microphone delivered no audio for too long."},

	Cancel:              {"Cancel", "CANCEL", OneToOne, []Source{Caller}, CategoryCommon, spellings{"cancel", "CANCEL", true, true}, "The caller hung up before the callee answered."},
	Busy:                {"Busy", "BUSY", OneToOne, []Source{Callee}, CategoryCommon, spellings{"busy", "BUSY", true, true}, "The callee was already in another call."},
	NoAnswer:            {"NoAnswer", "NOANSWER", OneToOne, []Source{Caller}, CategoryCommon, spellings{"noAnswer", "NO_ANSWER", true, true}, "The callee did not answer before the ringing timed out."},
	AlreadyGotACall:     {"AlreadyGotACall", "ALREADY_GOT_A_CALL", both, []Source{CloudServer}, CategoryCommon, spellings{"alreadyGotACall", "ALREADY_GOT_A_CALL", true, true}, "The user already had an incoming call whose push notification had not arrived yet."},
	MultiDeviceInUse:    {"MultiDeviceInUse", "MULTIDEV_IN_USE", both, []Source{CloudServer}, CategoryCommon, spellings{"multiDeviceInUse", "MULTIDEV_IN_USE", true, true}, "The same user of the same service was already in a call on another device."},
	MultiDeviceAnswer:   {"MultiDeviceAnswer", "MULTIDEV_ANSWER", OneToOne, []Source{CloudServer}, CategoryCommon, spellings{"multiDeviceAnswer", "MULTIDEV_ANSWER", true, true}, "The callee answered the call on another of its devices."},
	MultiDeviceDecline:  {"MultiDeviceDecline", "MULTIDEV_DECLINE", OneToOne, []Source{CloudServer}, CategoryCommon, spellings{"multiDeviceDecline", "MULTIDEV_DECLINE", true, true}, "The callee declined the call on another of its devices."},
	MaxCallTimeExceeded: {"MaxCallTimeExceeded", "MAX_CALL_TIME_EXCEEDED", both, []Source{CloudServer}, CategoryCommon, spellings{"maxCallTimeExceeded", "MAX_CALL_TIME_EXCEEDED", true, true}, "The call lasted as long as the service allows."},

	NetworkUnstable:     {"NetworkUnstable", "NETWORK_UNSTABLE", both, []Source{Caller, Callee, Participant, CloudServer}, CategoryError, spellings{"networkUnstable", "NETWORK_UNSTABLE", true, true}, "The network became too poor to keep the call going."},
	PushError:           {"PushError", "PUSH_ERROR", OneToOne, []Source{CloudServer}, CategoryError, spellings{"pushError", "PUSH_ERROR", true, true}, "The cloud could not reach the application server's notify callback, or the callback failed."},
	AuthError:           {"AuthError", "AUTH_ERROR", both, []Source{CloudServer}, CategoryError, spellings{"authError", "AUTH_ERROR", true, true}, "Authentication failed."},
	ReleasedCall:        {"ReleasedCall", "RELEASED_CALL", both, []Source{CloudServer}, CategoryError, spellings{"releasedCall", "RELEASED_CALL", true, true}, "The call had already ended when the action reached the cloud, for example a late answer to a cancelled call."},
	ServerInternalError: {"ServerInternalError", "SERVER_INTERNAL_ERROR", both, []Source{CloudServer}, CategoryError, spellings{"serverInternalError", "SERVER_INTERNAL_ERROR", true, true}, "A LINE Planet cloud server failed."},
	UnavailableNetwork:  {"UnavailableNetwork", "UNAVAILABLE_NETWORK", both, []Source{Caller, Callee, Participant}, CategoryError, spellings{"unavailableNetwork", "UNAVAILABLE_NETWORK", true, true}, "The device had no usable network for too long."},
	AppDestroy:          {"AppDestroy", "APP_DESTROY", both, []Source{Caller, Callee, Participant}, CategoryError, spellings{"appDestroy", "APP_DESTROY", true, true}, "The app was terminated or the device was switched off."},
	SystemSleep:         {"SystemSleep", "SYSTEM_SLEEP", both, []Source{Caller, Callee, Participant}, CategoryError, spellings{"systemSleep", "SYSTEM_SLEEP", true, true}, "The device went to sleep."},
	SystemLogoff:        {"SystemLogoff", "SYSTEM_LOGOFF", both, []Source{Caller, Callee, Participant}, CategoryError, spellings{"systemLogOff", "SYSTEM_LOGOFF", true, true}, "The user logged off the operating system."},
	MTUExceeded:         {"MTUExceeded", "MTU_EXCEEDED", both, []Source{Caller, Callee, Participant}, CategoryError, spellings{"mtuExceeded", "MTU_EXCEEDED", true, true}, "The connection failed because packets were larger than the network path allows."},
	AppServerDataError:  {"AppServerDataError", "APP_SERVER_DATA_ERROR", both, []Source{CloudServer}, CategoryError, spellings{"appServerDataError", "APP_SERVER_DATA_ERROR", true, false}, "The cloud could not hand the application server's data (app_svr_data) to the application server."},
	DesktopScreenLocked: {"DesktopScreenLocked", "DESKTOP_SCREEN_LOCKED", both, []Source{Caller, Callee, Participant}, CategoryError, spellings{"desktopScreenLocked", "DESKTOP_SCREEN_LOCKED", true, false}, "The desktop's screen was locked."},

	RoomIsFull:               {"RoomIsFull", "ROOM_IS_FULL", GroupCall, []Source{CloudServer}, CategoryGroup, spellings{"roomIsFull", "ROOM_IS_FULL", true, true}, "The group call's room already had as many participants as it allows."},
	AloneKickOut:             {"AloneKickOut", "ALONE_KICK_OUT", GroupCall, []Source{CloudServer}, CategoryGroup, spellings{"aloneKickOut", "ALONE_KICK_OUT", true, true}, "The cloud removed a participant who had been alone in the room for too long."},
	WrongRoomAttribute:       {"WrongRoomAttribute", "WRONG_ROOM_ATTR", GroupCall, nil, CategoryGroup, spellings{"wrongRoomAttribute", "", false, false}, "The join was refused because the room's attributes did not match; current SDKs no longer report it."},
	RoomNotFound:             {"RoomNotFound", "ROOM_NOT_FOUND", GroupCall, []Source{CloudServer}, CategoryGroup, spellings{"roomNotFound", "REASON_ROOM_NOT_FOUND", true, true}, "The room was closed, because everyone else left, before the join completed."},
	AnotherInstanceTryToJoin: {"AnotherInstanceTryToJoin", "ANOTHER_INSTANCE_TRY_TO_JOIN", GroupCall, []Source{Participant}, CategoryGroup, spellings{"anotherInstanceTryToJoin", "ANOTHER_INSTANCE_TRY_TO_JOIN", true, false}, "Another instance of the same participant joined the room and took its place."},

	ServiceAccessTokenError:         {"ServiceAccessTokenError", "SERVICE_ACCESS_TOKEN_ERROR", both, []Source{CloudServer}, CategoryService, spellings{"serviceAccessTokenError", "SERVICE_ACCESS_TOKEN_ERROR", true, true}, "The access token was not valid."},
	ServiceInvalidID:                {"ServiceInvalidID", "SERVICE_INVALID_ID", both, []Source{CloudServer}, CategoryService, spellings{"serviceInvalidID", "SERVICE_INVALID_ID", true, true}, "The service ID or user ID contains characters that are not allowed."},
	ServiceMaintenance:              {"ServiceMaintenance", "SERVICE_MAINTENANCE", both, []Source{CloudServer}, CategoryService, spellings{"serviceMaintenance", "SERVICE_MAINTENANCE", true, true}, "The service was down for maintenance."},
	ServiceBusy:                     {"ServiceBusy", "SERVICE_BUSY", both, []Source{CloudServer}, CategoryService, spellings{"serviceBusy", "SERVICE_BUSY", true, true}, "The LINE Planet gateway was overloaded."},
	ServiceInternalError:            {"ServiceInternalError", "SERVICE_INTERNAL_ERROR", both, []Source{CloudServer}, CategoryService, spellings{"serviceInternalError", "SERVICE_INTERNAL_ERROR", true, true}, "The LINE Planet gateway failed."},
	ServiceHTTPError:                {"ServiceHTTPError", "SERVICE_HTTP_ERROR", both, []Source{Caller, Participant}, CategoryService, spellings{"serviceHttpError", "SERVICE_HTTP_ERROR", true, true}, "The device could not make an HTTP request; a firewall or antivirus software may be blocking it."},
	ServiceHTTPConnectionTimeOut:    {"ServiceHTTPConnectionTimeOut", "SERVICE_HTTP_CONNECTION_TIME_OUT", both, []Source{Caller, Participant}, CategoryService, spellings{"serviceHttpConnectionTimeOut", "SERVICE_HTTP_CONNECTION_TIME_OUT", true, true}, "An HTTP connection timed out."},
	ServiceHTTPInvalidPeerCert:      {"ServiceHTTPInvalidPeerCert", "SERVICE_HTTP_INVALID_PEER_CERT", both, []Source{Caller, Participant}, CategoryService, spellings{"serviceHttpInvalidPeerCert", "SERVICE_HTTP_INVALID_PEER_CERT", true, false}, "The server's TLS certificate was not accepted."},
	ServiceHTTPConnectFail:          {"ServiceHTTPConnectFail", "SERVICE_HTTP_CONNECT_FAIL", both, []Source{Caller, Participant}, CategoryService, spellings{"serviceHttpConnectFail", "SERVICE_HTTP_CONNECT_FAIL", true, false}, "An HTTP connection could not be established."},
	ServiceHTTPInvalidURL:           {"ServiceHTTPInvalidURL", "SERVICE_HTTP_INVALID_URL", both, []Source{Caller, Participant}, CategoryService, spellings{"serviceHttpInvalidUrl", "SERVICE_HTTP_INVALID_URL", true, false}, "A URL was malformed, or its host or proxy name did not resolve."},
	ServiceIncompatiblePlanetKitVer: {"ServiceIncompatiblePlanetKitVer", "SERVICE_INCOMPATIBLE_PLANETKIT_VER", both, []Source{CloudServer}, CategoryService, spellings{"serviceIncompatiblePlanetKitVer", "SERVICE_INCOMPATIBLE_PLANETKIT_VER", true, true}, "The app's PlanetKit version is no longer supported and must be upgraded."},
	ServiceTooManyRequests:          {"ServiceTooManyRequests", "SERVICE_TOO_MANY_REQUESTS", both, []Source{CloudServer}, CategoryService, spellings{"serviceTooManyRequests", "SERVICE_TOO_MANY_REQUESTS", true, true}, "Too many connection attempts in a short time; the service is rate limiting."},

	WebRTCAbort:                        {"WebRTCAbort", "WEB_RTC_ABORT", both, nil, CategoryWeb, spellings{"", "", false, true}, "The browser aborted media capture (getUserMedia AbortError)."},
	WebRTCNotAllowed:                   {"WebRTCNotAllowed", "WEB_RTC_NOT_ALLOWED", both, nil, CategoryWeb, spellings{"", "", false, true}, "The browser refused access to the microphone or camera, by the user's choice or because the page is not secure (NotAllowedError)."},
	WebRTCNotFound:                     {"WebRTCNotFound", "WEB_RTC_NOT_FOUND", both, nil, CategoryWeb, spellings{"", "", false, true}, "No microphone or camera matched the request (NotFoundError)."},
	WebRTCNotReadable:                  {"WebRTCNotReadable", "WEB_RTC_NOT_READABLE", both, nil, CategoryWeb, spellings{"", "", false, true}, "The microphone or camera could not be read, usually because something else holds it (NotReadableError)."},
	WebRTCOverconstrained:              {"WebRTCOverconstrained", "WEB_RTC_OVERCONSTRAINED", both, nil, CategoryWeb, spellings{"", "", false, true}, "No device could satisfy the requested media constraints (OverconstrainedError)."},
	WebRTCSecurityError:                {"WebRTCSecurityError", "WEB_RTC_SECURITY_ERROR", both, nil, CategoryWeb, spellings{"", "", false, true}, "Media capture is disabled for the document (SecurityError)."},
	WebRTCTypeError:                    {"WebRTCTypeError", "WEB_RTC_TYPE_ERROR", both, nil, CategoryWeb, spellings{"", "", false, true}, "The media constraints were empty or invalid (TypeError)."},
	WebNoMediaPacket:                   {"WebNoMediaPacket", "WEB_NO_MEDIA_PACKET", both, nil, CategoryWeb, spellings{"", "", false, true}, "Media packets stopped arriving."},
	WebCallConnectFailByServer:         {"WebCallConnectFailByServer", "WEB_CALL_CONNECT_FAIL_BY_SERVER", both, nil, CategoryWeb, spellings{"", "", false, true}, "The call could not be connected on the signaling side."},
	WebCallConnectFailByClient:         {"WebCallConnectFailByClient", "WEB_CALL_CONNECT_FAIL_BY_CLIENT", both, nil, CategoryWeb, spellings{"", "", false, true}, "The browser could not bring up the media session in time."},
	WebSignalingUnexpectedDisconnected: {"WebSignalingUnexpectedDisconnected", "WEB_SIGNALING_UNEXPECTED_DISCONNECTED", both, nil, CategoryWeb, spellings{"", "", false, true}, "The signaling connection dropped during a connected call."},
	WebBrowserNotSupported:             {"WebBrowserNotSupported", "WEB_BROWSER_NOT_SUPPORTED", both, nil, CategoryWeb, spellings{"", "", false, true}, "WebPlanetKit does not support the browser."},
}

// Derived from reasonTable at init.
var (
	allReasons    []Reason          // value order
	commonReasons []Reason          // value order, web-only ones left out
	reasonByCode  map[string]Reason // canonical code -> reason
)

func init() {
	reasonByCode = make(map[string]Reason, len(reasonTable))
	for r, info := range reasonTable {
		if _, dup := reasonByCode[info.code]; dup {
			panic("reasons: duplicate code " + info.code)
		}
		reasonByCode[info.code] = r
		allReasons = append(allReasons, r)
	}
	slices.Sort(allReasons)
	for _, r := range allReasons {
		if !r.WebOnly() {
			commonReasons = append(commonReasons, r)
		}
	}
}

// All returns every reason this package knows, in value order.
func All() []Reason { return slices.Clone(allReasons) }

// Common returns the reasons that every SDK and the server callbacks can
// report, in value order: [All] without the web-only ones. It is the set
// of reasons that code handling reasons must cover.
func Common() []Reason { return slices.Clone(commonReasons) }

// String returns the reason's code, such as "NOANSWER", or, for a value
// this package does not know, "Reason(" followed by the value and ")".
func (r Reason) String() string {
	if info, ok := reasonTable[r]; ok {
		return info.code
	}
	return "Reason(" + strconv.Itoa(int(r)) + ")"
}

// GoString returns the Go expression for r: the qualified constant, such
// as "reasons.NoAnswer", or a conversion such as "reasons.Reason(1999)" for
// a value this package does not know. It makes %#v print reasons readably.
func (r Reason) GoString() string {
	if info, ok := reasonTable[r]; ok {
		return "reasons." + info.name
	}
	return "reasons.Reason(" + strconv.Itoa(int(r)) + ")"
}

// Known reports whether r is one of the reasons this package knows.
func (r Reason) Known() bool {
	_, ok := reasonTable[r]
	return ok
}

// WebOnly reports whether only WebPlanetKit reports r.
func (r Reason) WebOnly() bool { return reasonTable[r].category == CategoryWeb }

// CallTypes returns the kinds of call that can end with r, or 0 if r is not
// known.
func (r Reason) CallTypes() CallType { return reasonTable[r].calls }

// Sources returns the sources that can report r, in value order. It returns
// nil if r is not known or LINE Planet does not document its sources.
func (r Reason) Sources() []Source {
	s := slices.Clone(reasonTable[r].sources)
	slices.Sort(s)
	return s
}

// Category returns the category of r, or 0 if r is not known.
func (r Reason) Category() Category { return reasonTable[r].category }

// Description returns a one-sentence description of r, or "" if r is not
// known.
func (r Reason) Description() string { return reasonTable[r].description }

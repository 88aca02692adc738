package ownstyles

// probeThrottled stands in for a reason that the clients under test send.
const probeThrottled Probe = 1512

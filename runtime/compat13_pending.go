// This file exports whether main-thread pending calls are queued, for the
// signal module's merging of repeated deliveries of one signal.

package runtime

// MainCallsPending reports whether calls queued for the main thread
// (AddMainPendingCall, QueueMainPendingCall) have not all been taken to
// run. A fork's child drops its queue, so it reports false there.
func MainCallsPending() bool { return mainCallsPending.Load() }

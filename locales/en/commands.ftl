# Commands and the answers outside a flow.

welcome-back-registered = Welcome back, { $name }! Send /profile to see your profile or /help for all commands.
idle-hint = { $status ->
    [paused] Your participation is paused. Send /resume when you want to take part again.
   *[other] You are registered. Send /profile to see or change your profile, or /help for all commands.
}
help =
    Doorway connects newcomers with professionals in the same occupation for a one-hour meeting.
    Commands:
    /start - start or continue
    /profile - see and change your profile
    /language - change the language
    /pause - pause your participation (or: /pause 2 weeks)
    /resume - take part again
    /meeting - see, move or cancel your meeting
    /status - your place in the queue
    /cancel - leave the current step
    /surveys - get surveys again after stopping them
    /mydata - get all your data as a file
    /delete - delete all your data (withdraws your consent)
    /consent - see what you agreed to
    /help - this help
cancelled = Cancelled.
cancel-nothing = There is nothing to cancel right now.
pause-done = Your participation is paused. You will not get any proposals. Send /resume to take part again.
pause-already = Your participation is already paused. Send /resume to take part again.
resume-done = Welcome back! You take part again.
resume-not-paused = You are not paused, so there is nothing to resume.
coordinator-no-such-person = I found no registered person "{ $who }". Use channel:id (for example telegram:12345) or the person's number.
coordinator-status-set = { $name } is now { $status ->
    [paused] paused
   *[active] active
}.

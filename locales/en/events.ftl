# Network meetings: coordinators create them with /event; invitations, answers, reminders, pairs.

event-syntax =
    To create a network meeting, write the title in quotes, then the date and time, the place, the sectors and the number of places, separated by |:
    /event "Health and care" 18 Dec 17:00 | City Library, Gothenburg | 22,32,53 | 30
    Sectors are ISCO-08 codes of 1 to 4 digits, separated by commas; write "all" (or leave it empty) to invite everyone.
    Send /event alone to see the upcoming network meetings, and /event cancel 3 to cancel number 3.
event-error-parts = I expected 4 or 5 parts separated by |, but found { $count }.
event-error-title = The title is missing or longer than { $max } characters.
event-error-no-when = I could not find the date and time. Put the title in quotes, then the date and time.
event-error-when = I did not understand the time "{ $text }".
event-error-past = That time has already passed.
event-error-place = The place is missing or longer than { $max } characters.
event-error-sectors = "{ $text }" is not an ISCO-08 code (1 to 4 digits).
event-error-capacity = The number of places must be a whole number from 1 to { $max }.
event-created = Network meeting #{ $number } is created: { $title }, { $when }, { $place }. { $count ->
    [0] Nobody in those sectors is registered yet, so no invitations were sent.
    [one] I have invited one person.
   *[other] I have invited { $count } people.
}
event-invitation = You are invited to a network meeting, where newcomers and door-openers in your field meet: { $title }, { $when }. Place: { $place }. Will you come?
button-event-yes = Yes, I will come
button-event-no = No, I cannot come
event-stale = This network meeting button is no longer valid, so nothing was changed.
event-yes-confirmed = Welcome! You are registered for { $title }, { $when }. Place: { $place }. The calendar invitation is attached. If you cannot come after all, please tell me with the button.
event-already-yes = You are already registered for { $title }, { $when }.
event-full = I am sorry, { $title } is full. Thank you for your interest; you will hear about the next network meeting.
event-no-thanks = Thank you for letting me know. You are not registered for { $title }.
event-reminder = Reminder: the network meeting { $title } is tomorrow, { $when }. Place: { $place }.
event-pair = Welcome to { $title }! At the network meeting, please look for { $name }, { $occupation }. Do say hello.
event-mingle = Welcome to { $title }! Today I have no one in particular for you to look for: please mingle and meet people in your field.
event-list = Upcoming network meetings ({ $count }):
event-list-line = #{ $number } { $title }, { $when }, { $place }: { $yes } of { $capacity } places taken, { $no } said no, { $invited } invited.
event-list-empty = There are no upcoming network meetings.
event-cancel-done = { $title } is cancelled. { $count ->
    [0] Nobody had to be told.
    [one] I have told the one person who had not said no.
   *[other] I have told the { $count } people who had not said no.
}
event-cancelled = I am sorry: the network meeting { $title } on { $when } is cancelled.
event-no-such = There is no upcoming network meeting { $who }. Send /event to see them.

# /status and pausing until a date.

status-paused = You are paused, so you get no proposals. Send /resume to take part again.
status-meeting = You have a meeting in progress. Send /meeting to see it.
status-proposal = A proposal is waiting for an answer. I will tell you as soon as something happens.
status-door-opener = You are active. I will send you a proposal when a newcomer in your field is looking for a contact.
status-queue = You are number { $place } of { $waiting } waiting in your field ({ $sector }).
status-expected-wait = With the door-openers available now, the expected wait is about { $months ->
        [one] one month
       *[other] { $months } months
    }.
status-no-door-openers = There is no door-opener in your field yet. The coordinators are looking for more.
status-tips = What widens your chances:
status-tip-online = - accept online meetings (send /profile and change your place)
status-tip-language = - add another language you can meet in
status-tip-neighbour = - a door-opener in a neighbouring occupation can help too: the coordinators can suggest one
pause-until-done = Your participation is paused until { $date }. I will write to you then. Send /resume to come back earlier.
pause-ended = Your pause is over and you take part again. Welcome back!
error-pause-until = I did not understand how long. Write for example "/pause 2 weeks", "/pause 10 days" or "/pause 2027-01-15".

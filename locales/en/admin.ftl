# Coordinators' admin commands: lists, search, manual matches, aliases, broadcasts, export.

admin-help =
    Coordinator commands:
    /pending - newcomers waiting for a match, by sector
    /openers - door-openers, their capacity and how much is used this month
    /find <text> - search people by name, occupation, municipality or address
    /match <newcomer> <door-opener> - make a match by hand (for example /match #12 #7)
    /unmatch <newcomer> <door-opener> or /unmatch #<proposal> - undo a match
    /pause <person> and /resume <person> - pause a person or let them take part again
    /alias <text> = <ESCO URI> - map a written occupation to an ESCO occupation
    /broadcast role=newcomer sector=22 locale=sv | <text> - a message to a group
    /event - network meetings
    /stats - the impact figures
    /export - CSV files of people, matches, meetings and survey answers
admin-and-more = …and { $count } more.
admin-no-sector = No sector yet

admin-pending = { $count ->
    [one] One newcomer is waiting for a match:
   *[other] { $count } newcomers are waiting for a match:
}
admin-pending-none = No newcomer is waiting for a match right now.
admin-pending-sector = { $sector } ({ $count })
admin-pending-line = #{ $number } { $name }, { $occupation }: { $days ->
    [one] 1 day
   *[other] { $days } days
}

admin-openers = { $count ->
    [one] One door-opener
   *[other] { $count } door-openers
}, { $free } free places this month:
admin-openers-none = No door-opener is registered yet.
admin-opener-line = #{ $number } { $name }, { $occupation }: { $used } of { $capacity } this month, { $status ->
    [paused] paused
   *[other] active
}

admin-find-syntax = Write what to look for, for example: /find Anna or /find Uppsala
admin-find-none = I found nobody with "{ $text }".
admin-find = { $count ->
    [one] One person
   *[other] { $count } people
} with "{ $text }":
admin-find-line = #{ $number } { $name } { $role ->
    [newcomer] newcomer
    [door_opener] door-opener
    [coordinator] coordinator
   *[other] (no role yet)
} { $status ->
    [onboarding] registering
    [paused] paused
   *[other] active
} { $occupation }

admin-match-syntax = Write the newcomer and then the door-opener, for example: /match #12 #7
admin-match-roles = { $name } must be a newcomer and { $other } a door-opener, in that order.
admin-match-exists = { $name } and { $other } already have a proposal or a meeting in progress.
admin-match-done = Proposal #{ $number } is made: { $name } with { $other }. I have asked { $other } first.

admin-unmatch-syntax = Write the newcomer and the door-opener, or the proposal number, for example: /unmatch #12 #7 or /unmatch #5
admin-unmatch-nothing = There is no proposal or meeting in progress for "{ $who }".
admin-unmatch-done = { $kind ->
    [meeting] The meeting of proposal #{ $number } is cancelled.
   *[other] Proposal #{ $number } is closed.
} I have told both of them.
admin-unmatch-to-door-opener = The programme coordinators have cancelled { $kind ->
    [meeting] your meeting
   *[other] the proposal
} with { $name }. You do not need to do anything.
admin-unmatch-to-newcomer = { $kind ->
    [meeting] The programme coordinators have cancelled your meeting with { $name }.
    [proposal] The programme coordinators have cancelled the proposal with { $name }.
   *[other] The programme coordinators have changed your match.
} You keep your place in the queue, and I will look for a new match for you.

admin-alias-syntax = Write the text, then = and the ESCO occupation URI, for example: /alias backend dev = http://data.europa.eu/esco/occupation/…
admin-alias-unknown-occupation = "{ $text }" is not an ESCO occupation that I know.
admin-alias-empty-text = Nothing is left of the text to map.
admin-alias-too-long = The text is longer than { $max } characters.
admin-alias-added = From now on, "{ $text }" means { $occupation }.
admin-alias-replaced = "{ $text }" now means { $occupation } (it meant something else before).

admin-broadcast-syntax =
    Write who gets the message, then | and the text, for example:
    /broadcast role=newcomer sector=22 locale=sv | Welcome to the network meeting!
    role is newcomer, door_opener or all; sector is an ISCO-08 code of 1 to 4 digits (several with commas); locale is sv, fi or en. Each part is optional.
admin-broadcast-bad-filter = I did not understand "{ $text }".
admin-broadcast-too-long = The message is longer than { $max } characters.
admin-broadcast-limit = You have already sent { $limit } messages to groups in the last 24 hours. Please wait before you send another one.
admin-broadcast-nobody = Nobody active matches { $audience }, so there is nothing to send.
admin-broadcast-preview =
    This message will go to { $count ->
        [one] one person
       *[other] { $count } people
    } ({ $audience }):
    { $text }
    Send it?
button-broadcast-send = Send
button-broadcast-cancel = Cancel
admin-broadcast-stale = This message button is no longer valid, so nothing was changed.
admin-broadcast-cancelled = The message is cancelled. Nobody got it.
admin-broadcast-confirmed = The message is on its way to { $count ->
    [one] one person
   *[other] { $count } people
}. I will tell you when it has been sent.
admin-broadcast-message =
    Message from the programme coordinators:
    { $text }
admin-broadcast-finished = Your message has been sent to { $count ->
    [one] one person
   *[other] { $count } people
}.

admin-export-done = Here is the export: { $people } people, { $proposals } matches, { $meetings } meetings and { $answers } survey answers. Contact details are not included.

# Proposals: the door-opener is asked first, then the newcomer.

proposal-to-door-opener = A newcomer would like to meet you for one hour: { $name }, { $occupation }, { $years ->
        [one] 1 year
       *[other] { $years } years
    } of experience. Meeting languages: { $languages }.
    About { $name }: { $intro }
    Why you two:
proposal-reminder-door-opener = A reminder: { $name } ({ $occupation }) is still waiting for your answer. Meeting languages: { $languages }.
    About { $name }: { $intro }
    Why you two:
proposal-no-intro = (no introduction)
button-proposal-accept = Yes, I can meet
button-proposal-decline = No, not this time
button-proposal-later = Ask me later

proposal-to-newcomer = Good news! { $name }, { $occupation } with { $years ->
        [one] 1 year
       *[other] { $years } years
    } of experience, would like to meet you for one hour. Meeting languages: { $languages }.
    Why you two:
proposal-reminder-newcomer = A reminder: { $name } ({ $occupation }) would like to meet you for one hour. Do you want to meet?
    Why you two:
button-proposal-yes = Yes, I want to meet
button-proposal-no = No, thank you

why-same-occupation = - the same occupation
why-same-isco-unit = - the same occupational group
why-same-field = - a neighbouring occupation in the same field
why-shared-language = - you both speak { $language }
why-same-municipality = - you are in the same municipality
why-online = - you can both meet online

proposal-stale = This proposal is no longer open, so nothing was changed.
proposal-later = All right. I will remind you in a few days.
proposal-accepted-door-opener = Thank you! I am now asking { $name }. I will tell you the answer.
proposal-matched-newcomer = Wonderful! You and { $name } both said yes. The next step is to agree on a time for the one-hour meeting.
proposal-matched-door-opener = { $name } said yes too! Let's find a time for the one-hour meeting: tap the button to suggest up to three times.

proposal-ask-reason = Thank you for answering. Why not this time?
decline-reason-no_time = I have no time now
decline-reason-not_my_field = It is not my field
decline-reason-got_job = I already got a job
decline-reason-not_interested = I am no longer interested
decline-reason-other = Another reason
proposal-declined-thanks = Thank you, I have noted it.
proposal-declined-got-job = Congratulations on the job! I will not send you more proposals. Send /resume if you want to meet a door-opener later.
proposal-declined-not-interested = All right, I will not send you more proposals. Send /resume if you change your mind.
proposal-newcomer-declined = { $name } cannot take part this time. Thank you for saying yes! I will look for another newcomer for you.

proposal-lapsed-door-opener = The proposal expired because there was no answer. That is fine. I will send you a new one when someone is looking.
proposal-paused-after-lapses = You have not answered three proposals, so I have paused proposals for you. Do you want to come back? You can also send /resume later.
proposal-lapsed-newcomer = The proposal expired because there was no answer, so I have paused your search. Send /resume when you want to be matched again.
button-come-back = Yes, I am back

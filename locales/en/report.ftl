# The impact report for coordinators: `doorway report` (Markdown and charts) and /stats.
# Percentages come formatted ($pct, e.g. "16.0"), with $n of $total behind them.

report-title = Impact report
report-period-all = Period: the whole programme
report-period = Period: { $start } – { $end }
report-period-from = Period: from { $start }
report-period-until = Period: until { $end }
report-organisation-all = Organisations: all
report-organisation = Organisation: { $organisation } (code { $code })
report-generated = Made on { $date }.
report-count-line = { $label }: { $count }
report-share = { $label }: { $pct } % ({ $n } of { $total })
report-no-data = No data yet.

report-section-participants = Participants
report-newcomers = Newcomers (participants)
report-door-openers = Door-openers
report-by-gender = By gender
report-by-locale = By chat language
report-by-sector = By sector
report-gender-unspecified = Not given
report-sector-unknown = Unknown

report-section-matches = Proposals
report-proposed = Proposals made
report-accepted = Accepted (a meeting followed)
report-declined = Declined
report-declined-reasons = Reasons for declining
report-reason-no_time = No time
report-reason-not_my_field = Not the door-opener's field
report-reason-got_job = Already got a job
report-reason-not_interested = No longer interested
report-reason-other = Another reason
report-reason-none = No reason given

report-section-meetings = Meetings
report-scheduled = Given a time
report-held = Held
report-no-show = Someone did not come
report-cancelled = Cancelled

report-section-outcomes = Outcomes (surveys 3 and 6 months after the first meeting)
report-respondents = Newcomers who answered
report-outcome-job = Got a job
report-outcome-internship = Got an internship
report-outcome-interview = Went to a job interview
report-outcome-met_employers = Met employers
report-outcome-kept_contact = Still in touch with the door-opener
report-outcome-met_again = Met the door-opener again
report-outcome-chances_improved = Feel their chances have improved
report-new-contacts = New professional contacts

report-section-door-openers = Door-openers who met someone
report-repeat = Held more than one meeting
report-meetings-per-door-opener = Held meetings per door-opener: { $value }

report-section-relay = The relay baton
report-invites-sent = Relay invites sent
report-joined = Joined through a relay invite
report-meetings-from-referrals = Held meetings with someone who came through the relay
report-chains = Referral chains (the whole programme)
report-chain = { $name } (#{ $number }): { $people ->
        [one] one person brought in
       *[other] { $people } people brought in
    }, { $meetings ->
        [one] one held meeting
       *[other] { $meetings } held meetings
    }
report-chains-none = No referral chains yet.

report-section-funnel = From registration to a job
report-funnel-note = Newcomers registered in the period, followed up to today.
report-funnel-registered = Registered
report-funnel-matched = Matched
report-funnel-met = Met a door-opener
report-funnel-job = Got a job

report-section-waiting = Waiting for the first proposal
report-waiting-line = { $label }: median { $days } days ({ $count } got a proposal), { $waiting } still waiting
report-waiting-line-none = { $label }: no proposal yet, { $waiting } waiting

report-chart-people = People
report-chart-outcomes = Outcomes after 3 and 6 months
report-chart-outcomes-axis = Answered yes (%)
report-chart-waiting = Median wait for the first proposal
report-chart-waiting-axis = Days
report-chart-waiting-proposed = Got a proposal
report-chart-waiting-still = Still waiting (so far)

report-summary-all = Impact report, the whole programme:
report-summary-organisation = Impact report for { $organisation }:
report-summary-people = Newcomers registered: { $newcomers }. Door-openers: { $door_openers }.
report-summary-meetings = Proposals made: { $proposed }. Meetings held: { $held }.
report-summary-outcomes = Newcomers who answered the follow-up surveys: { $count }. Got a job: { $pct } % ({ $n } of { $total }).
report-summary-relay = Joined through the relay baton: { $people }. Held meetings with someone who came through the relay: { $meetings }.
report-summary-charts = The charts show the way from registration to a job, the survey answers and the waiting time by sector. The full report: doorway report.
report-no-such-organisation = No organisation has the code { $code }. Send /org to see the codes.

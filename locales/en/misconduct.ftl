# Misconduct reports and blocking.
report-nobody = You can report someone you were matched with. You have no match yet. If something is wrong, write to the programme's coordinator.
report-whom = Whom do you want to report?
report-ask = What happened? Write it in your own words (at most { $max } characters). Only the coordinators will read it.
report-thanks = Thank you for telling us. The coordinators have your report and will contact you if needed.
report-stale = This report is no longer open.
report-alert =
    ⚠️ Report { $number }: { $reporter } reports { $reported }:
    { $text }
button-report-block = Block from matching
button-report-dismiss = Dismiss
report-blocked = Report { $number }: the person is blocked from matching.
report-dismissed = Report { $number } is dismissed.
block-done = { $name } is blocked from matching. /unblock brings them back.
unblock-done = { $name } can be matched again.
unblock-not-blocked = Nobody blocked was found as { $who }.
blocked-notice = A coordinator has stopped your matching for now. Please contact the coordinator.

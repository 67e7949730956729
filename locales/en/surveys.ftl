# Follow-up surveys: right after a held meeting, and 3 and 6 months after the first one.
# Question messages get $number and $total (question 2 of 4), $reminder ("yes" or "no") and $max.

survey-intro-after_meeting = Thank you for meeting { $name }! A few short questions help the programme get better. You can skip any question.
survey-intro-month_3 = It is three months since your first door-opener meeting. Eight short questions: what has happened since then? You can skip any question.
survey-intro-month_6 = It is six months since your first door-opener meeting. Eight short questions: what has happened since then? You can skip any question.

survey-q-useful = ({ $number }/{ $total }) How useful was the meeting for you? 1 = not at all, 5 = very useful.
survey-q-keep_in_touch = ({ $number }/{ $total }) Will you keep in touch with each other?
survey-q-meet_another = ({ $number }/{ $total }) Would you meet another newcomer?
survey-q-note = ({ $number }/{ $total }) Is there anything you want to tell the coordinator? Write it here, or press Skip.
survey-q-job = ({ $number }/{ $total }) Have you got a job since the meeting?
survey-q-internship = ({ $number }/{ $total }) Have you got an internship?
survey-q-interview = ({ $number }/{ $total }) Have you been to a job interview?
survey-q-met_employers = ({ $number }/{ $total }) Have you met employers?
survey-q-new_contacts = ({ $number }/{ $total }) How many new professional contacts have you made?
survey-q-kept_contact = ({ $number }/{ $total }) Are you still in touch with your door-opener?
survey-q-met_again = ({ $number }/{ $total }) Have you met your door-opener again?
survey-q-chances_improved = ({ $number }/{ $total }) Do you feel your chances of work in your occupation have improved?

survey-option-yes = Yes
survey-option-no = No
survey-option-maybe = Maybe
survey-option-unsure = I am not sure
survey-option-none = None
survey-option-1-3 = 1–3
survey-option-4-10 = 4–10
survey-option-over-10 = More than 10
button-survey-skip = Skip
button-survey-stop = Stop surveys

survey-stale = That question is already answered or closed. Nothing was changed.
survey-closed = That survey is closed. Thank you!
survey-error-buttons = Please answer with one of the buttons (or write its number).
survey-error-number = Please write a whole number from 0 to { $max }.
survey-thanks = Thank you for your answers!
survey-stopped = I will not send you any more surveys. If you change your mind, send /surveys.
survey-later = All right, later. You can answer with the buttons above at any time.
surveys-on = Thank you! You will get surveys again.
surveys-already-on = You already get surveys. To stop them, press "Stop surveys" under a question.
survey-reminder = A reminder: a few questions are still waiting for your answer.
survey-door-opener-paused = Thank you for your meeting. You will get no new proposals for now. Send /resume when you want to meet a newcomer again.

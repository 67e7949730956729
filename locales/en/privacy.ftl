# Privacy: consent, /mydata, /delete and the question after a long silence.

privacy-consent-none = You have not given your consent yet. Without it, Doorway keeps no profile about you.
privacy-consent-given = You gave your consent on { $date } (privacy text version { $value }). To withdraw it, send /delete: all your data is then erased.
privacy-mydata-sent = Here is all the data Doorway holds about you, as a JSON file.
privacy-delete-confirm = Do you want to delete all your data? Your profile, messages and answers are erased. Open meetings are cancelled. This cannot be undone.
button-privacy-delete = Yes, delete all
button-privacy-keep = No, keep it
privacy-delete-kept = Good. Nothing was deleted.
privacy-delete-stale = This button is no longer valid. Nothing was deleted. Send /delete to start again.
privacy-deleted = All your data is deleted. Thank you for taking part. Send /start if you want to join again.
privacy-meeting-cancelled = Your meeting is cancelled: the other participant has left Doorway.
privacy-retention-ask = You have not used Doorway for a long time. Do you want to stay? If we hear nothing from you within { $n } days, we delete your data.
button-privacy-stay = Yes, I stay
button-privacy-leave = No, delete my data
privacy-retention-stayed = Good to have you here. Your profile stays.

# Onboarding: from the first message to a stored, consented profile.

welcome = Hello! I am Doorway. I connect newcomers with professionals in the same occupation for a one-hour meeting.
welcome-back = Welcome back! Let's continue where we left off.
onboarding-ask-language = Which language do you want to use? / Vilket språk vill du använda? / Mitä kieltä haluat käyttää?
language-suggest = It looks like you write in { $language }. Do you want to switch to { $language }?
language-suggest-either = It looks like you write in { $first } or { $second }. Do you want to switch?
button-language-keep = No, keep this language

onboarding-ask-role = Are you new in the country and looking for contacts in your occupation, or are you a professional who wants to open a door for a newcomer?
button-role-newcomer = I am a newcomer (participant)
button-role-door-opener = I am a professional (door-opener)

onboarding-ask-consent =
    Before we start: to find you a match we store what you tell me here (name, occupation, experience, languages, place). Only the programme's coordinators see it, we never sell it, and you can see or delete it at any time.
    Do you agree?
button-consent-yes = I agree
button-consent-no = No, thank you
onboarding-consent-declined = All right. I have not kept anything about you. If you change your mind, send /start.

onboarding-ask-name = What is your first name?
error-name-too-long = That is a long name. Please write at most { $max } characters.
error-name-letters = Please write your first name with letters.

onboarding-ask-gender = How do you describe your gender? You can choose a button, write it in your own words, or skip. We only use it for anonymous statistics.
error-gender-too-long = Please write at most { $max } characters.

onboarding-ask-occupation = { $role ->
    [door_opener] What is your occupation?
   *[other] What is your occupation, the one you want to work in here?
} Write it in your own words, for example "nurse" or "software developer".
onboarding-ask-occupation-again = Please write your occupation again, in other words or more simply. For example: "nurse", "electrician", "teacher".
onboarding-choose-occupation = Which of these fits "{ $text }" best?
button-occupation-none = None of these - type again

onboarding-ask-experience = How many years of experience do you have in this occupation? Write a number, for example 5.
error-experience-number = Please write the number of years as one number, for example 5.
error-experience-range = Please write a number between 0 and { $max }.

onboarding-ask-languages = Which languages can you meet in? Tap all that apply, then "Done". You can also write them, for example "Swedish, Arabic".
error-languages-none = Please choose at least one language.
error-languages-unknown = I did not recognise: { $words }. Please use the buttons or write the language names.

onboarding-ask-place = In which municipality can you meet? Write its name, or tap "Online is fine".
button-place-online = Online is fine
error-place = Please write the name of a municipality, for example Uppsala or Tampere.
onboarding-ask-online = Can you also meet online?
onboarding-ask-country = Which country do you live in?

onboarding-ask-capacity = How many newcomers can you meet per month? Each meeting takes one hour.
error-capacity = Please choose a number from 1 to { $max }.

onboarding-ask-intro = Tell your future door-opener a little about yourself in a few sentences: your background and what you hope for. You can also skip this.
error-intro-too-long = Please keep it shorter: at most { $max } characters.

onboarding-summary = Here is your profile. Is everything correct? Tap a button to change something.
onboarding-done = { $role ->
    [door_opener] Thank you for registering as a door-opener! I will send you a proposal when a newcomer in your field is looking for a contact.
    [coordinator] You are registered as a coordinator.
   *[other] Thank you for registering! I will look for a door-opener in your occupation and write to you when I find one.
}
onboarding-reminder = You started registering with Doorway but did not finish. It only takes a few minutes.
onboarding-on-hold = Your registration is paused. Send /start whenever you want to continue.
on-hold-hint = Your registration is paused. Send /start to continue where you left off.

# Picking a field (an ISCO-08 group) when the occupation was not recognised, or on request.

onboarding-occupation-unknown-pick = I could not recognise "{ $text }" as an occupation. I have kept what you wrote. Pick your field below, step by step, or write your occupation again in other words.
onboarding-occupation-is-sector = "{ $text }" is a field with many occupations. Pick the closest group below, or write your occupation, for example "nurse" or "electrician".
onboarding-sector-pick = Pick your field below, step by step.
onboarding-sector-deeper = { $title }: which of these is closest?
button-occupation-sector = Pick my field instead
button-sector-up = Back
button-retype = Write it again

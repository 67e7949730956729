# Swedish texts written by the Doorway project, awaiting review by a native speaker.
# Välja yrkesområde (en ISCO-08-grupp) när yrket inte kändes igen, eller på begäran.

onboarding-occupation-unknown-pick = Jag kände inte igen ”{ $text }” som ett yrke. Jag har sparat det du skrev. Välj ditt område nedan, steg för steg, eller skriv ditt yrke igen med andra ord.
onboarding-occupation-is-sector = ”{ $text }” är ett område med många yrken. Välj den grupp som passar bäst, eller skriv ditt yrke, till exempel ”sjuksköterska” eller ”elektriker”.
onboarding-sector-pick = Välj ditt område nedan, steg för steg.
onboarding-sector-deeper = { $title }: vilket av dessa passar bäst?
button-occupation-sector = Välj område i stället
button-sector-up = Tillbaka
button-retype = Skriv igen

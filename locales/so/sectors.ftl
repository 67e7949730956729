# Somali texts written by the Doorway project, awaiting review by a native speaker.
# Doorashada qaybta shaqada (koox ISCO-08) marka xirfadda la aqoonsan waayo, ama marka la codsado.

onboarding-occupation-unknown-pick = Ma aqoonsan karin "{ $text }" inay tahay xirfad. Waxaan hayaa waxa aad qortay. Qaybtaada shaqo hoos ka dooro, tallaabo tallaabo, ama mar kale qor xirfaddaada erayo kale.
onboarding-occupation-is-sector = "{ $text }" waa qayb shaqo oo leh xirfado badan. Hoos ka dooro kooxda ugu dhow, ama qor xirfaddaada, tusaale ahaan "kalkaaliye caafimaad" ama "koronto-yaqaan".
onboarding-sector-pick = Qaybtaada shaqo hoos ka dooro, tallaabo tallaabo.
onboarding-sector-deeper = { $title }: kuwan midkee ugu dhow?
button-occupation-sector = Taa beddelkeeda dooro qaybtayda shaqo
button-sector-up = Dib u noqo
button-retype = Mar kale qor

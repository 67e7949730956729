# Tigrinya texts written by the Doorway project, awaiting review by a native speaker.
# ምዝገባ: ካብ ቀዳማይ መልእኽቲ ክሳብ ዝተዓቀበን ፍቓድ ዝተዋህቦን ፕሮፋይል።

welcome = ሰላም! ኣነ Doorway እየ። ንሓደስቲ መጻእቲ ምስ ሓደ ዓይነት ሞያ ዘለዎም ሞያውያን ንናይ ሓደ ሰዓት ርክብ የራኽቦም።
welcome-back = እንቋዕ ብደሓን ተመለስካ! ካብቲ ዝኣቋረጽናዮ ንቀጽል።
onboarding-ask-language = ኣየናይ ቋንቋ ክትጥቀም ትደሊ? / Vilket språk vill du använda? / Mitä kieltä haluat käyttää?
language-suggest = ብዚ ቋንቋ ትጽሕፍ ዘለኻ ይመስል: { $language }። ቋንቋ ክትቅይር ትደሊ ዶ?
language-suggest-either = ብሓደ ካብዞም ቋንቋታት ትጽሕፍ ዘለኻ ይመስል: { $first } ወይ { $second }። ቋንቋ ክትቅይር ትደሊ ዶ?
button-language-keep = ኣይፋል፡ እዚ ቋንቋ ይቕጽል

onboarding-ask-role = ኣብዛ ሃገር ሓድሽ ኮንካ ኣብ ሞያኻ ርክባት ትደሊ ዶ ኣለኻ፡ ወይስ ንሓድሽ መጻኢ ማዕጾ ክትከፍት እትደሊ ሞያዊ ኢኻ?
button-role-newcomer = ሓድሽ መጻኢ እየ (ተሳታፊ)
button-role-door-opener = ሞያዊ እየ (ከፋቲ ማዕጾ)

onboarding-ask-consent =
    ቅድሚ ምጅማርና: ምርኻብ ክንረኽበልካ፡ ኣብዚ እትነግረኒ ነዓቕብ (ስም፡ ሞያ፡ ተመክሮ፡ ቋንቋታት፡ ቦታ)። ኣወሃሃድቲ እቲ መደብ ጥራይ እዮም ዝርእይዎ፡ ፈጺምና ኣይንሸጦን፡ ኣብ ዝኾነ ግዜ ክትርእዮ ወይ ክትድምስሶ ትኽእል።
    ትሰማማዕ ዶ?
button-consent-yes = እሰማማዕ እየ
button-consent-no = ኣይፋል፡ የቐንየልና
onboarding-consent-declined = ሕራይ። ብዛዕባኻ ዝዓቀብክዎ ነገር የለን። ሓሳብካ እንተ ቐየርካ /start ስደድ።

onboarding-ask-name = ቀዳማይ ስምካ እንታይ እዩ?
error-name-too-long = ነዊሕ ስም እዩ። በጃኻ እንተበዝሐ { $max } ፊደላት ጸሓፍ።
error-name-letters = በጃኻ ቀዳማይ ስምካ ብፊደላት ጸሓፍ።

onboarding-ask-gender = ጾታኻ ብኸመይ ትገልጾ? መጠወቒ ክትመርጽ፡ ብቃላትካ ክትጽሕፍ፡ ወይ ክትሓልፎ ትኽእል። ንስሙ ዘይጠቅስ ጸብጻብ ጥራይ ኢና እንጥቀመሉ።
error-gender-too-long = በጃኻ እንተበዝሐ { $max } ፊደላት ጸሓፍ።

onboarding-ask-occupation = { $role ->
    [door_opener] ሞያኻ እንታይ እዩ?
   *[other] ሞያኻ እንታይ እዩ፡ እቲ ኣብዚ ክትሰርሓሉ እትደሊ?
} ብቃላትካ ጸሓፎ፡ ንኣብነት "ነርስ" ወይ "ሰራሕ ሶፍትዌር"።
onboarding-ask-occupation-again = በጃኻ ሞያኻ ደጊምካ ጸሓፍ፡ ብኻልእ ቃላት ወይ ብቐሊል። ንኣብነት: "ነርስ"፡ "ኤሌክትሪሻን"፡ "መምህር"።
onboarding-choose-occupation = ካብዞም ኣየናይ ን"{ $text }" ይሰማማዕ?
button-occupation-none = ሓደ'ኳ የለን - ደጊመ ክጽሕፍ

onboarding-ask-experience = ኣብዚ ሞያ ክንደይ ዓመት ተመክሮ ኣለካ? ቁጽሪ ጸሓፍ፡ ንኣብነት 5።
error-experience-number = በጃኻ ቁጽሪ ዓመታት ከም ሓደ ቁጽሪ ጸሓፍ፡ ንኣብነት 5።
error-experience-range = በጃኻ ኣብ መንጎ 0ን { $max }ን ቁጽሪ ጸሓፍ።

onboarding-ask-languages = ብኣየናይ ቋንቋታት ክትራኸብ ትኽእል? ኩሎም ዝሰማምዑ ጠውቕ፡ ደሓር "ተወዲኡ"። ክትጽሕፎም'ውን ትኽእል፡ ንኣብነት "ሽወደንኛ፡ ዓረብኛ"።
error-languages-none = በጃኻ እንተወሓደ ሓደ ቋንቋ ምረጽ።
error-languages-unknown = ኣይፈለጥኩዎን: { $words }። በጃኻ መጠወቕታት ተጠቐም ወይ ኣስማት ቋንቋታት ጸሓፍ።

onboarding-ask-place = ኣብ ኣየናይ ምምሕዳር ከባቢ ክትራኸብ ትኽእል? ስሙ ጸሓፍ፡ ወይ "ብኢንተርነት ይኸውን" ጠውቕ።
button-place-online = ብኢንተርነት ይኸውን
error-place = በጃኻ ስም ምምሕዳር ከባቢ ጸሓፍ፡ ንኣብነት Uppsala ወይ Tampere።
onboarding-ask-online = ብኢንተርነት'ውን ክትራኸብ ትኽእል ዶ?
onboarding-ask-country = ኣብ ኣየናይ ሃገር ትነብር?

onboarding-ask-capacity = ኣብ ወርሒ ክንደይ ሓደስቲ መጻእቲ ክትራኸብ ትኽእል? ነፍሲ ወከፍ ርክብ ሓደ ሰዓት ይወስድ።
error-capacity = በጃኻ ካብ 1 ክሳብ { $max } ቁጽሪ ምረጽ።

onboarding-ask-intro = ንመጻኢ ከፋቲ ማዕጾኻ ብዛዕባኻ ብሒደት ምሉኣት ሓሳባት ንገሮ: ድሕረ ባይታኻን እትጽበዮን። ክትሓልፎ'ውን ትኽእል።
error-intro-too-long = በጃኻ ኣሕጽሮ: እንተበዝሐ { $max } ፊደላት።

onboarding-summary = እዚ ፕሮፋይልካ እዩ። ኩሉ ቅኑዕ ዶ እዩ? ገለ ንምቕያር መጠወቒ ጠውቕ።
onboarding-done = { $role ->
    [door_opener] ከም ከፋቲ ማዕጾ ስለ ዝተመዝገብካ የቐንየልና! ሓድሽ መጻኢ ናይ ዓውድኻ ርክብ ምስ ደለየ ሓሳብ ክሰደልካ እየ።
    [coordinator] ከም ኣወሃሃዲ ተመዝጊብካ ኣለኻ።
   *[other] ስለ ዝተመዝገብካ የቐንየልና! ኣብ ሞያኻ ከፋቲ ማዕጾ ክደሊ እየ፡ ምስ ረኸብኩ ድማ ክጽሕፈልካ እየ።
}
onboarding-reminder = ምስ Doorway ምምዝጋብ ጀሚርካ ግን ኣይወዳእካዮን። ሒደት ደቓይቕ ጥራይ እዩ ዝወስድ።
onboarding-on-hold = ምዝገባኻ ንግዜኡ ተቋሪጹ ኣሎ። ክትቅጽል ምስ እትደሊ /start ስደድ።
on-hold-hint = ምዝገባኻ ንግዜኡ ተቋሪጹ ኣሎ። ካብቲ ዝኣቋረጽካዮ ክትቅጽል /start ስደድ።

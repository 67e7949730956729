# Tigrinya texts written by the Doorway project, awaiting review by a native speaker.
# ዓውዲ ስራሕ ምምራጽ (ጉጅለ ISCO-08) እቲ ሞያ ምስ ዘይተፈልጠ፡ ወይ ብሕቶ።

onboarding-occupation-unknown-pick = "{ $text }" ከም ሞያ ክፈልጦ ኣይከኣልኩን። ዝጸሓፍካዮ ዓቂበዮ ኣለኹ። ዓውዲ ስራሕካ ኣብ ታሕቲ ስጉምቲ ብስጉምቲ ምረጽ፡ ወይ ሞያኻ ብኻልእ ቃላት ደጊምካ ጸሓፍ።
onboarding-occupation-is-sector = "{ $text }" ብዙሓት ሞያታት ዘለዎ ዓውዲ ስራሕ እዩ። ኣብ ታሕቲ እቲ ዝቐረበ ጉጅለ ምረጽ፡ ወይ ሞያኻ ጸሓፍ፡ ንኣብነት "ነርስ" ወይ "ኤሌክትሪሻን"።
onboarding-sector-pick = ዓውዲ ስራሕካ ኣብ ታሕቲ ስጉምቲ ብስጉምቲ ምረጽ።
onboarding-sector-deeper = { $title }: ካብዞም ኣየናይ እዩ ዝቐረበ?
button-occupation-sector = ኣብ ክንድኡ ዓውዲ ስራሐይ ክመርጽ
button-sector-up = ተመለስ
button-retype = ደጊመ ክጽሕፍ

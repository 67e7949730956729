# Tigrinya texts written by the Doorway project, awaiting review by a native speaker.
# ብሕጊ ዝቆጻጸሩ ሞያታት: ወጻኢ ብቕዓት ሓድሽ መጻኢ ኣበይ ኣፍልጦ ከም ዝረክብ።

recognition-needed = ክትፈልጦ ጽቡቕ እዩ: ሞያኻ { $where } ብሕጊ ዝቆጻጸር እዩ። ኣብኡ ንምስራሕ፡ ወይ ኣርእስቱ ንምጥቃም፡ ብተደጋጋሚ መጀመርታ ውሳኔ ካብ ሓደ በዓል ስልጣን የድልየካ። ካብዚ ጀምር:
recognition-status = ሞያኻ { $where } ኣፍልጦ ብቕዓት የድልዮ:
recognition-authority = - { $authority } – { $why }: { $link }
recognition-in-SE = ኣብ ሽወደን
recognition-in-FI = ኣብ ፊንላንድ
recognition-reason-licence = ፍቓድ ሞያ
recognition-reason-title = ዝተሓለወ ኣርእስቲ
recognition-reason-eligibility = ብቑዕነት ንስራሕ
recognition-reason-degree = ኣፍልጦ ዲግሪኻ
recognition-reason-qualification = ምስክር ወረቐት ብቕዓት

# Tigrinya texts written by the Doorway project, awaiting review by a native speaker.
# በትሪ ቅብብል ድሕሪ ዝተኻየደ ርክብ፡ ከምኡ'ውን ኮዳት ድሕሪ /start (ዕድመታት፡ ትካላት)።

relay-offer = በትሪ ቅብብል ኣሕልፍ! ክልተ ተወሳኺ ርክባት ብዙሓት ማዕጾታት ይኸፍቱ። ሓደ መሳርሕትኻ ከፋቲ ማዕጾ ክኸውን ክትዕድም ትኽእል፡ ወይ ነቲ ሓድሽ መጻኢ ምስ እትፈልጦ ሰብ ከተላልዮ ትኽእል። { $left } ርክባት ክትህብ ተሪፎምኻ።
relay-offer-more = የቐንየልና! ሓደ ተወሳኺ ርክብ ከተሕልፍ ዶ? { $left } ተሪፎምኻ።
button-relay-invite = መሳርሕቲ ዕደም
button-relay-introduce = ምስ ሰብ ኣላልዮ
button-relay-done = ሕጂ ኣይኮነን
relay-stale = እቲ መጠወቒ ድሕሪ ሕጂ ኣይሰርሕን። ዝተቐየረ ነገር የለን።
relay-thanks = የቐንየልና! ነቲ በትሪ ደሓር'ውን ከተሕልፎ ትኽእል: እቶም መጠወቕታት ይሰርሑ እዮም።
relay-enough = ነዚ ርክብ ድሮ ክልተ ርክባት ኣሕሊፍካ። የቐንየልና!
relay-invite = እዚ ንመሳርሕትኻ ዝኸውን ውልቃዊ ዕድመ እዩ። ነዚ መልእኽቲ ኣሕልፎ:
    ኣብ መደብና ከፋቲ ማዕጾ ኩን: ምስ ሓድሽ መጻኢ ናይ ሞያኻ ንምርኻብ ሓደ ሰዓት ሃብ። ኣብዚ ተጸንበር: { $link }
relay-ask-contact = እቲ ሓድሽ መጻኢ ምስ መን ክራኸብ ትደሊ? ስም እቲ ሰብን ብኸመይ ከም ዝርከብን ጸሓፍ (ንኣብነት ኣድራሻ ኢመይል ወይ ቁጽሪ ተሌፎን)። መጀመርታ ነቲ ሰብ እንተ ተሰማሚዑ ሕተቶ።
relay-introduction-saved = የቐንየልና! ነቲ ርክብ ናብቲ ሓድሽ መጻኢ ኣሕሊፈዮ።
relay-introduced = { $name } ምስ ሓድሽ ርክብ ከላልየካ ይደሊ: { $contact }

start-bad-code = ነቲ ኮድ ኣይፈልጦን። ነቲ ሊንክ ፈትሽ፡ ወይ ቀጽል ጥራይ: ብዘይ ኮድ ክትሳተፍ ትኽእል ኢኻ።
start-invited = እንቋዕ ብደሓን መጻእካ! { $name } ናብቲ መደብ ዓዲሙካ።
start-organisation = እንቋዕ ብደሓን መጻእካ! ብ{ $organisation } ኣቢልካ ተጸንቢርካ።
start-organisation-already = ድሮ ብ{ $organisation } ኣቢልካ ተመዝጊብካ ኣለኻ።
start-code-used = እቲ ዕድመ ድሮ ተጠቒሙሉ እዩ። ገና ክትሳተፍ ትኽእል ኢኻ: ቀጽል ጥራይ።
start-code-not-needed = ድሮ ተመዝጊብካ ኣለኻ፡ ስለዚ ኮድ ኣየድልየካን።

# Tigrinya texts written by the Doorway project, awaiting review by a native speaker.
# ሓባራዊ ቃላት: ጌጋታት፡ መጠወቒታት፡ ኣስማት ቋንቋታትን ሃገራትን።

error-empty = እቲ መልእኽቲ ባዶ እዩ ነይሩ። በጃኻ መልስኻ ጸሓፍ።
error-too-long = እቲ መልእኽቲ ኣዝዩ ነዊሕ እዩ (ካብ { $max } ፊደላት ንላዕሊ)። በጃኻ ሓጺር መልሲ ጸሓፍ።
error-stale-button = እቲ መጠወቒ ናይ ቀዳማይ ሕቶ እዩ። በጃኻ ነቲ ኣብ ታሕቲ ዘሎ ሕቶ መልስ።
error-use-buttons = በጃኻ ሓደ ካብቶም ኣብ ታሕቲ ዘለዉ መጠወቕታት ምረጽ።
error-type-text = በጃኻ መልስኻ ብጽሑፍ ጸሓፍ።
error-unknown-command = ነቲ ትእዛዝ { $command } ኣይፈልጦን። እንታይ ክገብር ከም ዝኽእል ንምርኣይ /help ስደድ።
error-finish-onboarding-first = በጃኻ መጀመርታ ምዝገባኻ ወድእ። ኣቢልና ኢና።

button-yes = እወ
button-no = ኣይፋል
button-skip = ሕለፍ
button-done = ተወዲኡ
button-close = ዕጸው
button-confirm = ኩሉ ቅኑዕ እዩ
button-number = { $n }
button-toggle = { $on ->
    [yes] ✓ { $name }
   *[no] { $name }
}

language-name-sv = Svenska
language-name-fi = Suomi
language-name-en = English
language-name-ar = العربية
language-name-fa = فارسی (دری)
language-name-uk = Українська
language-name-ru = Русский
language-name-so = Soomaali
language-name-ti = ትግርኛ

language-sv = ሽወደንኛ
language-fi = ፊንላንድኛ
language-en = እንግሊዝኛ
language-ar = ዓረብኛ
language-fa = ፋርስኛ/ዳሪ
language-uk = ዩክረይንኛ
language-ru = ሩስኛ
language-so = ሶማልኛ
language-ti = ትግርኛ

country-SE = ሽወደን
country-FI = ፊንላንድ

gender-woman = ጓል ኣንስተይቲ
gender-man = ወዲ ተባዕታይ
gender-non-binary = ካልእ (non-binary)

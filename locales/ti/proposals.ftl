# Tigrinya texts written by the Doorway project, awaiting review by a native speaker.
# ሓሳባት: መጀመርታ እቲ ከፋቲ ማዕጾ ይሕተት፡ ደሓር እቲ ሓድሽ መጻኢ።

proposal-to-door-opener = ሓደ ሓድሽ መጻኢ ንሓደ ሰዓት ክራኸበካ ይደሊ: { $name }, { $occupation }, { $years ->
        [one] 1 ዓመት
       *[other] { $years } ዓመታት
    } ተመክሮ። ቋንቋታት ርክብ: { $languages }።
    ብዛዕባ { $name }: { $intro }
    ስለምንታይ ክልቲኹም:
proposal-reminder-door-opener = መዘኻኸሪ: { $name } ({ $occupation }) ገና መልስኻ ይጽበ ኣሎ። ቋንቋታት ርክብ: { $languages }።
    ብዛዕባ { $name }: { $intro }
    ስለምንታይ ክልቲኹም:
proposal-no-intro = (መእተዊ የለን)
button-proposal-accept = እወ፡ ክራኸብ እኽእል
button-proposal-decline = ኣይፋል፡ ሕጂ ኣይኮነን
button-proposal-later = ደሓር ሕተተኒ

proposal-to-newcomer = ጽቡቕ ዜና! { $name }, { $occupation }፡ { $years ->
        [one] 1 ዓመት
       *[other] { $years } ዓመታት
    } ተመክሮ ዘለዎ፡ ንሓደ ሰዓት ክራኸበካ ይደሊ። ቋንቋታት ርክብ: { $languages }።
    ስለምንታይ ክልቲኹም:
proposal-reminder-newcomer = መዘኻኸሪ: { $name } ({ $occupation }) ንሓደ ሰዓት ክራኸበካ ይደሊ። ክትራኸብ ትደሊ ዶ?
    ስለምንታይ ክልቲኹም:
button-proposal-yes = እወ፡ ክራኸብ እደሊ
button-proposal-no = ኣይፋል፡ የቐንየልና

why-same-occupation = - ሓደ ዓይነት ሞያ
why-same-isco-unit = - ሓደ ጉጅለ ሞያ
why-same-field = - ኣብ ሓደ ዓውዲ ዘሎ ጎረቤት ሞያ
why-shared-language = - ክልቲኹም { $language } ትዛረቡ
why-same-municipality = - ኣብ ሓደ ምምሕዳር ከባቢ ኢኹም
why-online = - ክልቲኹም ብኢንተርነት ክትራኸቡ ትኽእሉ

proposal-stale = እዚ ሓሳብ ድሕሪ ሕጂ ክፉት ኣይኮነን፡ ስለዚ ዝተቐየረ ነገር የለን።
proposal-later = ሕራይ። ድሕሪ ሒደት መዓልታት ክዝክረካ እየ።
proposal-accepted-door-opener = የቐንየልና! ሕጂ ን{ $name } እሓትት ኣለኹ። መልሱ ክነግረካ እየ።
proposal-matched-newcomer = ብጣዕሚ ጽቡቕ! ንስኻን { $name }ን ክልቴኹም እወ ኢልኩም። ዝቕጽል ስጉምቲ ንናይ ሓደ ሰዓት ርክብ ኣብ ግዜ ምስምማዕ እዩ።
proposal-matched-door-opener = { $name }'ውን እወ ኢሉ! ንናይ ሓደ ሰዓት ርክብ ግዜ ንድለ: ክሳብ ሰለስተ ግዜታት ንምቕራብ ነቲ መጠወቒ ጠውቕ።

proposal-ask-reason = ስለ ዝመለስካ የቐንየልና። ስለምንታይ ሕጂ ኣይኮነን?
decline-reason-no_time = ሕጂ ግዜ የብለይን
decline-reason-not_my_field = ዓውደይ ኣይኮነን
decline-reason-got_job = ድሮ ስራሕ ረኺበ
decline-reason-not_interested = ድሕሪ ሕጂ ኣይግደሰሉን
decline-reason-other = ካልእ ምኽንያት
proposal-declined-thanks = የቐንየልና፡ መዝጊበዮ ኣለኹ።
proposal-declined-got-job = እንቋዕ ስራሕ ሓጎሰካ! ተወሳኺ ሓሳባት ኣይክሰደልካን እየ። ደሓር ከፋቲ ማዕጾ ክትራኸብ እንተ ደሊኻ /resume ስደድ።
proposal-declined-not-interested = ሕራይ፡ ተወሳኺ ሓሳባት ኣይክሰደልካን እየ። ሓሳብካ እንተ ቐየርካ /resume ስደድ።
proposal-newcomer-declined = { $name } ሕጂ ክሳተፍ ኣይክእልን። እወ ስለ ዝበልካ የቐንየልና! ካልእ ሓድሽ መጻኢ ክደልየልካ እየ።

proposal-lapsed-door-opener = መልሲ ስለ ዘይነበረ እቲ ሓሳብ ግዜኡ ሓሊፉ። ጸገም የለን። ሓደ ሰብ ምስ ደለየ ሓድሽ ክሰደልካ እየ።
proposal-paused-after-lapses = ንሰለስተ ሓሳባት ስለ ዘይመለስካ፡ ሓሳባት ንግዜኡ ኣቋሪጸልካ ኣለኹ። ክትምለስ ትደሊ ዶ? ደሓር'ውን /resume ክትሰድድ ትኽእል።
proposal-lapsed-newcomer = መልሲ ስለ ዘይነበረ እቲ ሓሳብ ግዜኡ ሓሊፉ፡ ስለዚ ምድላይካ ንግዜኡ ኣቋሪጸዮ። ደጊምካ ክትራኸብ ምስ እትደሊ /resume ስደድ።
button-come-back = እወ፡ ተመሊሰ ኣለኹ

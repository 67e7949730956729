# Tigrinya texts written by the Doorway project, awaiting review by a native speaker.
# /status ከምኡ'ውን ክሳብ ሓደ ዕለት ንግዜኡ ምቁራጽ።

status-paused = ንግዜኡ ተቋሪጽካ ኣለኻ፡ ስለዚ ሓሳባት ኣይትቕበልን ኢኻ። ደጊምካ ክትሳተፍ /resume ስደድ።
status-meeting = ዝቕጽል ርክብ ኣለካ። ንምርኣዩ /meeting ስደድ።
status-proposal = ሓደ ሓሳብ መልሲ ይጽበ ኣሎ። ገለ ምስ ኮነ ብቕልጡፍ ክነግረካ እየ።
status-door-opener = ንጡፍ ኢኻ። ሓድሽ መጻኢ ናይ ዓውድኻ ርክብ ምስ ደለየ ሓሳብ ክሰደልካ እየ።
status-queue = ካብ { $waiting } ኣብ ዓውድኻ ({ $sector }) ዝጽበዩ፡ ቁጽሪ { $place } ኢኻ።
status-expected-wait = ምስቶም ሕጂ ዘለዉ ከፈትቲ ማዕጾ፡ ዝጽበ ግዜ ኣስታት { $months ->
        [one] ሓደ ወርሒ
       *[other] { $months } ኣዋርሕ
    } እዩ።
status-no-door-openers = ኣብ ዓውድኻ ገና ከፋቲ ማዕጾ የለን። ኣወሃሃድቲ ተወሳኺ ይደልዩ ኣለዉ።
status-tips = ዕድልካ ዘስፍሑ:
status-tip-online = - ርክባት ብኢንተርነት ተቐበል (/profile ስደድ እሞ ቦታኻ ቀይር)
status-tip-language = - ክትራኸበሉ እትኽእል ካልእ ቋንቋ ወስኽ
status-tip-neighbour = - ከፋቲ ማዕጾ ናይ ጎረቤት ሞያ'ውን ክሕግዝ ይኽእል: ኣወሃሃድቲ ሓደ ከቕርቡ ይኽእሉ
pause-until-done = ተሳትፎኻ ክሳብ { $date } ንግዜኡ ተቋሪጹ። ሽዑ ክጽሕፈልካ እየ። ቀልጢፍካ ክትምለስ /resume ስደድ።
pause-ended = ምቁራጽካ ተወዲኡ፡ ደጊምካ ትሳተፍ ኣለኻ። እንቋዕ ብደሓን ተመለስካ!
error-pause-until = ክንደይ ግዜ ከም ዝኾነ ኣይተረድኣንን። ንኣብነት "/pause 2 weeks"፡ "/pause 10 days" ወይ "/pause 2027-01-15" ጸሓፍ።

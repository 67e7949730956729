# Tigrinya texts written by the Doorway project, awaiting review by a native speaker.
# ናይ ኣወሃሃድቲ ምሕደራ ትእዛዛት: ዝርዝራት፡ ምድላይ፡ ብኢድ ምርኻብ፡ ካልኦት ኣስማት፡ ሓፈሻዊ መልእኽቲ፡ ምውጻእ።

admin-help =
    ትእዛዛት ኣወሃሃዲ:
    /pending - ምርኻብ ዝጽበዩ ሓደስቲ መጻእቲ፡ ብዓውዲ ስራሕ
    /openers - ከፈትቲ ማዕጾ፡ ዓቕሞምን ኣብዚ ወርሒ ክንደይ ከም ዝተጠቕሙን
    /find <text> - ሰባት ብስም፡ ሞያ፡ ምምሕዳር ከባቢ ወይ ኣድራሻ ድለ
    /match <newcomer> <door-opener> - ብኢድ ኣራኽብ (ንኣብነት /match #12 #7)
    /unmatch <newcomer> <door-opener> ወይ /unmatch #<proposal> - ምርኻብ ሰርዝ
    /pause <person> ከምኡ'ውን /resume <person> - ሰብ ንግዜኡ ኣቋርጽ ወይ ደጊሙ ክሳተፍ ፍቐድ
    /alias <text> = <ESCO URI> - ዝተጻሕፈ ሞያ ምስ ሞያ ESCO ኣተኣሳስር
    /broadcast role=newcomer sector=22 locale=sv | <text> - መልእኽቲ ንጉጅለ
    /event - ርክባት ምትእስሳር
    /stats - ኣሃዛት ጽልዋ
    /export - ፋይላት CSV ናይ ሰባት፡ ምርኻባት፡ ርክባትን መልስታት መጠይቕን
admin-and-more = …ከምኡ'ውን { $count } ካልኦት።
admin-no-sector = ገና ዓውዲ ስራሕ የብሉን

admin-pending = { $count ->
    [one] ሓደ ሓድሽ መጻኢ ምርኻብ ይጽበ ኣሎ:
   *[other] { $count } ሓደስቲ መጻእቲ ምርኻብ ይጽበዩ ኣለዉ:
}
admin-pending-none = ሕጂ ምርኻብ ዝጽበ ሓድሽ መጻኢ የለን።
admin-pending-sector = { $sector } ({ $count })
admin-pending-line = #{ $number } { $name }, { $occupation }: { $days ->
    [one] 1 መዓልቲ
   *[other] { $days } መዓልትታት
}

admin-openers = { $count ->
    [one] ሓደ ከፋቲ ማዕጾ
   *[other] { $count } ከፈትቲ ማዕጾ
}፡ ኣብዚ ወርሒ { $free } ባዶ ቦታታት:
admin-openers-none = ገና ዝተመዝገበ ከፋቲ ማዕጾ የለን።
admin-opener-line = #{ $number } { $name }, { $occupation }: ኣብዚ ወርሒ { $used } ካብ { $capacity }፡ { $status ->
    [paused] ንግዜኡ ተቋሪጹ
   *[other] ንጡፍ
}

admin-find-syntax = እትደልዮ ጸሓፍ፡ ንኣብነት: /find Anna ወይ /find Uppsala
admin-find-none = "{ $text }" ዘለዎ ሰብ ኣይረኸብኩን።
admin-find = { $count ->
    [one] ሓደ ሰብ
   *[other] { $count } ሰባት
} "{ $text }" ዘለዎ:
admin-find-line = #{ $number } { $name } { $role ->
    [newcomer] ሓድሽ መጻኢ
    [door_opener] ከፋቲ ማዕጾ
    [coordinator] ኣወሃሃዲ
   *[other] (ገና ተራ የብሉን)
} { $status ->
    [onboarding] ይምዝገብ ኣሎ
    [paused] ንግዜኡ ተቋሪጹ
   *[other] ንጡፍ
} { $occupation }

admin-match-syntax = ነቲ ሓድሽ መጻኢ፡ ደሓር ነቲ ከፋቲ ማዕጾ ጸሓፍ፡ ንኣብነት: /match #12 #7
admin-match-roles = { $name } ሓድሽ መጻኢ፡ { $other } ድማ ከፋቲ ማዕጾ ክኾኑ ኣለዎም፡ ብኸምዚ ስርዓት።
admin-match-exists = { $name } ን { $other } ን ድሮ ሓሳብ ወይ ዝቕጽል ርክብ ኣለዎም።
admin-match-done = ሓሳብ #{ $number } ተሰሪሑ: { $name } ምስ { $other }። መጀመርታ ን{ $other } ሓቲተ።

admin-unmatch-syntax = ነቲ ሓድሽ መጻኢን ነቲ ከፋቲ ማዕጾን፡ ወይ ቁጽሪ ሓሳብ ጸሓፍ፡ ንኣብነት: /unmatch #12 #7 ወይ /unmatch #5
admin-unmatch-nothing = ን"{ $who }" ዝኸውን ሓሳብ ወይ ዝቕጽል ርክብ የለን።
admin-unmatch-done = { $kind ->
    [meeting] ርክብ ናይ ሓሳብ #{ $number } ተሰሪዙ።
   *[other] ሓሳብ #{ $number } ተዓጽዩ።
} ንክልቲኦም ነጊረዮም።
admin-unmatch-to-door-opener = ኣወሃሃድቲ እቲ መደብ { $kind ->
    [meeting] ርክብካ
   *[other] እቲ ሓሳብ
} ምስ { $name } ሰሪዞሞ። ዝኾነ ነገር ክትገብር ኣየድልየካን።
admin-unmatch-to-newcomer = { $kind ->
    [meeting] ኣወሃሃድቲ እቲ መደብ ርክብካ ምስ { $name } ሰሪዞሞ።
    [proposal] ኣወሃሃድቲ እቲ መደብ እቲ ሓሳብ ምስ { $name } ሰሪዞሞ።
   *[other] ኣወሃሃድቲ እቲ መደብ ምርኻብካ ቀይሮሞ።
} ቦታኻ ኣብ መስርዕ ይጸንሕ። ሓድሽ ምርኻብ ክደልየልካ እየ።

admin-alias-syntax = ነቲ ጽሑፍ፡ ደሓር = ከምኡ'ውን URI ናይ ሞያ ESCO ጸሓፍ፡ ንኣብነት: /alias backend dev = http://data.europa.eu/esco/occupation/…
admin-alias-unknown-occupation = "{ $text }" ዝፈልጦ ሞያ ESCO ኣይኮነን።
admin-alias-empty-text = ካብቲ ጽሑፍ ዝተኣሳሰር ነገር ኣይተረፈን።
admin-alias-too-long = እቲ ጽሑፍ ካብ { $max } ፊደላት ይነውሕ።
admin-alias-added = ካብ ሕጂ ንደሓር "{ $text }" ማለት { $occupation } እዩ።
admin-alias-replaced = "{ $text }" ሕጂ ማለት { $occupation } እዩ (ቅድሚ ሕጂ ካልእ ማለት ነይሩ)።

admin-broadcast-syntax =
    መን ነቲ መልእኽቲ ከም ዝቕበሎ፡ ደሓር | ከምኡ'ውን ነቲ ጽሑፍ ጸሓፍ፡ ንኣብነት:
    /broadcast role=newcomer sector=22 locale=sv | እንቋዕ ናብ ርክብ ምትእስሳር ብደሓን መጻእኩም!
    role newcomer፡ door_opener ወይ all እዩ፤ sector ካብ 1 ክሳብ 4 ኣሃዛት ዘለዎ ኮድ ISCO-08 እዩ (ብዙሓት ብኮማ)፤ locale sv፡ fi ወይ en እዩ። ነፍሲ ወከፍ ክፋል ኣማራጺ እዩ።
admin-broadcast-bad-filter = "{ $text }" ኣይተረድኣንን።
admin-broadcast-too-long = እቲ መልእኽቲ ካብ { $max } ፊደላት ይነውሕ።
admin-broadcast-limit = ኣብ ዝሓለፈ 24 ሰዓት ድሮ { $limit } መልእኽቲ ናብ ጉጅለታት ሰዲድካ። በጃኻ ካልእ ቅድሚ ምስዳድካ ተጸበ።
admin-broadcast-nobody = ምስ { $audience } ዝሰማማዕ ንጡፍ ሰብ የለን፡ ስለዚ ዝስደድ ነገር የለን።
admin-broadcast-preview =
    እዚ መልእኽቲ ናብ { $count ->
        [one] ሓደ ሰብ
       *[other] { $count } ሰባት
    } ክኸይድ እዩ ({ $audience }):
    { $text }
    ይሰደድ ዶ?
button-broadcast-send = ስደድ
button-broadcast-cancel = ሰርዝ
admin-broadcast-stale = እዚ መጠወቒ መልእኽቲ ድሕሪ ሕጂ ኣይሰርሕን፡ ስለዚ ዝተቐየረ ነገር የለን።
admin-broadcast-cancelled = እቲ መልእኽቲ ተሰሪዙ። ዝተቐበሎ ሰብ የለን።
admin-broadcast-confirmed = እቲ መልእኽቲ ናብ { $count ->
    [one] ሓደ ሰብ
   *[other] { $count } ሰባት
} ይኸይድ ኣሎ። ምስ ተሰደደ ክነግረካ እየ።
admin-broadcast-message =
    መልእኽቲ ካብ ኣወሃሃድቲ እቲ መደብ:
    { $text }
admin-broadcast-finished = መልእኽትኻ ናብ { $count ->
    [one] ሓደ ሰብ
   *[other] { $count } ሰባት
} ተሰዲዱ።

admin-export-done = እዚ እቲ ዝወጸ እዩ: { $people } ሰባት፡ { $proposals } ምርኻባት፡ { $meetings } ርክባትን { $answers } መልስታት መጠይቕን። ሓበሬታ ርክብ ኣይሓወሰን።

# Tigrinya texts written by the Doorway project, awaiting review by a native speaker.
# ርክባት ምትእስሳር: ኣወሃሃድቲ ብ /event ይፈጥርዎም፤ ዕድመታት፡ መልስታት፡ መዘኻኸሪታት፡ ጽምዲ።

event-syntax =
    ርክብ ምትእስሳር ንምፍጣር፡ ኣርእስቲ ኣብ ውሽጢ ምልክት ጥቕሲ፡ ደሓር ዕለትን ሰዓትን፡ ቦታ፡ ዓውድታት ስራሕን ቁጽሪ ቦታታትን ብ | ፈሊኻ ጸሓፍ:
    /event "Health and care" 18 Dec 17:00 | City Library, Gothenburg | 22,32,53 | 30
    ዓውድታት ስራሕ ካብ 1 ክሳብ 4 ኣሃዛት ዘለዎም ኮዳት ISCO-08 እዮም፡ ብኮማ ተፈልዮም፤ ንኹሉ ሰብ ንምዕዳም "all" ጸሓፍ (ወይ ባዶ ግደፎ)።
    መጻኢ ርክባት ምትእስሳር ንምርኣይ /event ጥራይ ስደድ፡ ቁጽሪ 3 ንምስራዝ ድማ /event cancel 3።
event-error-parts = ብ | ዝተፈልዩ 4 ወይ 5 ክፋላት ተጸቢየ ነይረ፡ ግን { $count } ረኺበ።
event-error-title = ኣርእስቲ የለን ወይ ካብ { $max } ፊደላት ይነውሕ።
event-error-no-when = ዕለትን ሰዓትን ክረክብ ኣይከኣልኩን። ኣርእስቲ ኣብ ምልክት ጥቕሲ፡ ደሓር ዕለትን ሰዓትን ጸሓፍ።
event-error-when = ነቲ ግዜ "{ $text }" ኣይተረድኣንን።
event-error-past = እቲ ግዜ ድሮ ሓሊፉ።
event-error-place = ቦታ የለን ወይ ካብ { $max } ፊደላት ይነውሕ።
event-error-sectors = "{ $text }" ኮድ ISCO-08 ኣይኮነን (ካብ 1 ክሳብ 4 ኣሃዛት)።
event-error-capacity = ቁጽሪ ቦታታት ካብ 1 ክሳብ { $max } ምሉእ ቁጽሪ ክኸውን ኣለዎ።
event-created = ርክብ ምትእስሳር #{ $number } ተፈጢሩ: { $title }, { $when }, { $place }። { $count ->
    [0] ኣብቶም ዓውድታት ገና ዝተመዝገበ ሰብ የለን፡ ስለዚ ዕድመ ኣይተሰደደን።
    [one] ሓደ ሰብ ዓዲመ።
   *[other] { $count } ሰባት ዓዲመ።
}
event-invitation = ናብ ርክብ ምትእስሳር ተዓዲምካ ኣለኻ፡ ሓደስቲ መጻእቲን ከፈትቲ ማዕጾን ናይ ዓውድኻ ዝራኸብሉ: { $title }, { $when }። ቦታ: { $place }። ክትመጽእ ዶ?
button-event-yes = እወ፡ ክመጽእ እየ
button-event-no = ኣይፋል፡ ክመጽእ ኣይክእልን
event-stale = እዚ መጠወቒ ርክብ ምትእስሳር ድሕሪ ሕጂ ኣይሰርሕን፡ ስለዚ ዝተቐየረ ነገር የለን።
event-yes-confirmed = እንቋዕ ብደሓን መጻእካ! ን{ $title }, { $when } ተመዝጊብካ ኣለኻ። ቦታ: { $place }። ዕድመ ካሌንደር ተተሓሒዙ ኣሎ። ክትመጽእ እንተ ዘይከኣልካ፡ በጃኻ ብመጠወቒ ንገረኒ።
event-already-yes = ድሮ ን{ $title }, { $when } ተመዝጊብካ ኣለኻ።
event-full = ይቕሬታ፡ { $title } መሊኡ እዩ። ስለ ተገዳስነትካ የቐንየልና፤ ብዛዕባ ዝቕጽል ርክብ ምትእስሳር ክትሰምዕ ኢኻ።
event-no-thanks = ስለ ዝነገርካኒ የቐንየልና። ን{ $title } ኣይተመዝገብካን።
event-reminder = መዘኻኸሪ: ርክብ ምትእስሳር { $title } ጽባሕ እዩ፡ { $when }። ቦታ: { $place }።
event-pair = እንቋዕ ናብ { $title } ብደሓን መጻእካ! ኣብቲ ርክብ ምትእስሳር፡ በጃኻ ን{ $name }, { $occupation } ድለ። ሰላም በሎ።
event-mingle = እንቋዕ ናብ { $title } ብደሓን መጻእካ! ሎሚ ፍሉይ ሰብ ክትደሊ የብለይን: በጃኻ ተሓወስ እሞ ሰባት ናይ ዓውድኻ ተራኸብ።
event-list = መጻኢ ርክባት ምትእስሳር ({ $count }):
event-list-line = #{ $number } { $title }, { $when }, { $place }: { $yes } ካብ { $capacity } ቦታታት ተታሒዞም፡ { $no } ኣይፋል ኢሎም፡ { $invited } ተዓዲሞም።
event-list-empty = መጻኢ ርክባት ምትእስሳር የለዉን።
event-cancel-done = { $title } ተሰሪዙ። { $count ->
    [0] ክንገሮ ዘድሊ ሰብ ኣይነበረን።
    [one] ነቲ ኣይፋል ዘይበለ ሓደ ሰብ ነጊረዮ።
   *[other] ነቶም ኣይፋል ዘይበሉ { $count } ሰባት ነጊረዮም።
}
event-cancelled = ይቕሬታ: ርክብ ምትእስሳር { $title } ኣብ { $when } ተሰሪዙ።
event-no-such = መጻኢ ርክብ ምትእስሳር { $who } የለን። ንምርኣዮም /event ስደድ።

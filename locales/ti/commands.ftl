# Tigrinya texts written by the Doorway project, awaiting review by a native speaker.
# ትእዛዛትን ካብ መስርሕ ወጻኢ ዘለዉ መልስታትን።

welcome-back-registered = እንቋዕ ብደሓን ተመለስካ፡ { $name }! ፕሮፋይልካ ንምርኣይ /profile፡ ኩሎም ትእዛዛት ንምርኣይ ድማ /help ስደድ።
idle-hint = { $status ->
    [paused] ተሳትፎኻ ንግዜኡ ተቋሪጹ ኣሎ። ደጊምካ ክትሳተፍ ምስ እትደሊ /resume ስደድ።
   *[other] ተመዝጊብካ ኣለኻ። ፕሮፋይልካ ንምርኣይ ወይ ንምቕያር /profile፡ ኩሎም ትእዛዛት ንምርኣይ ድማ /help ስደድ።
}
help =
    Doorway ንሓደስቲ መጻእቲ ምስ ሓደ ዓይነት ሞያ ዘለዎም ሞያውያን ንናይ ሓደ ሰዓት ርክብ የራኽቦም።
    ትእዛዛት:
    /start - ጀምር ወይ ቀጽል
    /profile - ፕሮፋይልካ ርአን ቀይርን
    /language - ቋንቋ ቀይር
    /pause - ተሳትፎኻ ንግዜኡ ኣቋርጽ (ወይ: /pause 2 weeks)
    /resume - ደጊምካ ተሳተፍ
    /meeting - ርክብካ ርአ፡ ኣግዝፍ ወይ ሰርዝ
    /status - ቦታኻ ኣብ መስርዕ
    /cancel - ካብቲ ሕጂ ዘሎ ስጉምቲ ውጻእ
    /surveys - ድሕሪ ምቁራጽካ መጠይቓት ደጊምካ ተቐበል
    /mydata - ኩሉ ሓበሬታኻ ከም ፋይል ርከብ
    /delete - ኩሉ ሓበሬታኻ ደምስስ (ፍቓድካ ይስሕብ)
    /consent - እንታይ ከም ዝተሰማማዕካ ርአ
    /help - እዚ ሓገዝ
cancelled = ተሰሪዙ።
cancel-nothing = ሕጂ ዝስረዝ ነገር የለን።
pause-done = ተሳትፎኻ ንግዜኡ ተቋሪጹ። ዝኾነ ሓሳብ ኣይክትቕበልን ኢኻ። ደጊምካ ክትሳተፍ /resume ስደድ።
pause-already = ተሳትፎኻ ድሮ ንግዜኡ ተቋሪጹ ኣሎ። ደጊምካ ክትሳተፍ /resume ስደድ።
resume-done = እንቋዕ ብደሓን ተመለስካ! ደጊምካ ትሳተፍ ኣለኻ።
resume-not-paused = ኣይተቋረጽካን፡ ስለዚ ዝቕጽል ነገር የለን።
coordinator-no-such-person = "{ $who }" ዝበሃል ዝተመዝገበ ሰብ ኣይረኸብኩን። channel:id (ንኣብነት telegram:12345) ወይ ቁጽሪ እቲ ሰብ ተጠቐም።
coordinator-status-set = { $name } ሕጂ { $status ->
    [paused] ንግዜኡ ተቋሪጹ
   *[active] ንጡፍ
} እዩ።

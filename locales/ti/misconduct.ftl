# Tigrinya texts written by the Doorway project, awaiting review by a native speaker.
# Misconduct reports and blocking.
report-nobody = ብዛዕባ ዝተራኸብካዮ ሰብ ክትጠርዕ ትኽእል ኢኻ። ክሳብ ሕጂ ምትእስሳር የብልካን። ጸገም እንተሎ ናብ ኣወሃሃዲ መደብ ጽሓፍ።
report-whom = ብዛዕባ መን ክትጠርዕ ትደሊ?
report-ask = እንታይ ኣጋጢሙ? ብቓላትካ ጽሓፍ (ክሳብ { $max } ፊደላት)። ኣወሃሃድቲ ጥራይ እዮም ዘንብብዎ።
report-thanks = ስለ ዝሓበርካና የቐንየልና። ኣወሃሃድቲ ጥርዓንካ ተቐቢሎም፣ እንተድልዩ ክረኽቡኻ እዮም።
report-stale = እዚ ጥርዓን ድሕሪ ሕጂ ክፉት ኣይኮነን።
report-alert =
    ⚠️ ጥርዓን { $number }: { $reporter } ብዛዕባ { $reported } ይጠርዕ:
    { $text }
button-report-block = ካብ ምትእስሳር ከልክል
button-report-dismiss = ንጸግ
report-blocked = ጥርዓን { $number }: እቲ ሰብ ካብ ምትእስሳር ተኸልኪሉ።
report-dismissed = ጥርዓን { $number } ተነጺጉ።
block-done = { $name } ካብ ምትእስሳር ተኸልኪሉ። /unblock ይመልሶ።
unblock-done = { $name } ደጊም ክተኣሳሰር ይኽእል።
unblock-not-blocked = ዝተኸልከለ ሰብ { $who } ኣይተረኽበን።
blocked-notice = ሓደ ኣወሃሃዲ ንግዚኡ ምትእስሳርካ ኣቋሪጽዎ። በጃኻ ንኣወሃሃዲ ርኸቦ።

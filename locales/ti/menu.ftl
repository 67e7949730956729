# Tigrinya texts written by the Doorway project, awaiting review by a native speaker.
# Telegram's command menu (setMyCommands): one short line per command, at most 256 characters.

command-menu-start = ጀምር ወይ ቀጽል
command-menu-help = Doorway እንታይ ይገብር፡ ኩሎም ትእዛዛትን
command-menu-profile = ፕሮፋይልካ ርአን ቀይርን
command-menu-language = ቋንቋ ቀይር
command-menu-meeting = ርክብካ ርአ፡ ኣግዝፍ ወይ ሰርዝ
command-menu-status = ቦታኻ ኣብ መስርዕ
command-menu-pause = ተሳትፎኻ ንግዜኡ ኣቋርጽ
command-menu-resume = ደጊምካ ተሳተፍ
command-menu-cancel = ካብቲ ሕጂ ዘሎ ስጉምቲ ውጻእ
command-menu-surveys = ድሕሪ ምቁራጽካ መጠይቓት ደጊምካ ተቐበል
command-menu-report = ብዛዕባ ዝተራኸብካዮ ሰብ ሓብር
command-menu-mydata = ኩሉ ሓበሬታኻ ከም ፋይል ርከብ
command-menu-delete = ኩሉ ሓበሬታኻ ደምስስ
command-menu-consent = እንታይ ከም ዝተሰማማዕካ ርአ
# Shown to coordinators only.
command-menu-pending = ምርኻብ ዝጽበዩ ሓደስቲ መጻእቲ፡ ብዓውዲ ስራሕ
command-menu-openers = ከፈትቲ ማዕጾን ናይዚ ወርሒ ዓቕሞምን
command-menu-find = ሰባት ድለ
command-menu-match = ብኢድ ኣራኽብ
command-menu-unmatch = ምርኻብ ሰርዝ
command-menu-alias = ዝተጻሕፈ ሞያ ምስ ሞያ ESCO ኣተሓሕዝ
command-menu-broadcast = መልእኽቲ ናብ ጉጅለ
command-menu-event = ርክባት ምትእስሳር
command-menu-stats = ኣሃዛት ጽልዋ
command-menu-export = ፋይላት CSV ናይ ሓበሬታ እቲ መደብ
command-menu-org = ትካላትን ሊንክታቶምን
command-menu-block = ሓደ ሰብ ካብ ምርኻብ ኣግድ
command-menu-unblock = እገዳ ኣልዕል

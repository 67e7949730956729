# Tigrinya texts written by the Doorway project, awaiting review by a native speaker.
# ጸብጻብ ጽልዋ ንኣወሃሃድቲ: `doorway report` (Markdown ከምኡ'ውን ቻርትታት) ከምኡ'ውን /stats።
# ሚእታዊታት ተዳልዮም ይመጹ ($pct፡ ንኣብነት "16.0")፡ ምስ $n ካብ $total ድሕሪኦም።

report-title = ጸብጻብ ጽልዋ
report-period-all = እዋን: ምሉእ እቲ መደብ
report-period = እዋን: { $start } – { $end }
report-period-from = እዋን: ካብ { $start }
report-period-until = እዋን: ክሳብ { $end }
report-organisation-all = ትካላት: ኩሎም
report-organisation = ትካል: { $organisation } (ኮድ { $code })
report-generated = ዝተሰርሐሉ { $date }።
report-count-line = { $label }: { $count }
report-share = { $label }: { $pct } % ({ $n } ካብ { $total })
report-no-data = ገና ሓበሬታ የለን።

report-section-participants = ተሳተፍቲ
report-newcomers = ሓደስቲ መጻእቲ (ተሳተፍቲ)
report-door-openers = ከፈትቲ ማዕጾ
report-by-gender = ብጾታ
report-by-locale = ብቋንቋ ዕላል
report-by-sector = ብዓውዲ ስራሕ
report-gender-unspecified = ኣይተዋህበን
report-sector-unknown = ዘይፍለጥ

report-section-matches = ሓሳባት
report-proposed = ዝቐረቡ ሓሳባት
report-accepted = ተቐቢሎም (ርክብ ሰዒቡ)
report-declined = ተነጺጎም
report-declined-reasons = ምኽንያታት ምንጻግ
report-reason-no_time = ግዜ የለን
report-reason-not_my_field = ዓውዲ እቲ ከፋቲ ማዕጾ ኣይኮነን
report-reason-got_job = ድሮ ስራሕ ረኺቡ
report-reason-not_interested = ድሕሪ ሕጂ ኣይግደስን
report-reason-other = ካልእ ምኽንያት
report-reason-none = ምኽንያት ኣይተዋህበን

report-section-meetings = ርክባት
report-scheduled = ግዜ ዝተዋህቦም
report-held = ዝተኻየዱ
report-no-show = ሓደ ሰብ ኣይመጸን
report-cancelled = ዝተሰረዙ

report-section-outcomes = ውጽኢታት (መጠይቓት 3ን 6ን ኣዋርሕ ድሕሪ ቀዳማይ ርክብ)
report-respondents = ዝመለሱ ሓደስቲ መጻእቲ
report-outcome-job = ስራሕ ረኺቦም
report-outcome-internship = ልምምድ ስራሕ (internship) ረኺቦም
report-outcome-interview = ናብ ቃለ-መሕተት ስራሕ ከይዶም
report-outcome-met_employers = ምስ ኣስራሕቲ ተራኺቦም
report-outcome-kept_contact = ገና ምስ ከፋቲ ማዕጾ ርክብ ኣለዎም
report-outcome-met_again = ምስ ከፋቲ ማዕጾ ደጊሞም ተራኺቦም
report-outcome-chances_improved = ዕድሎም ከም ዝተመሓየሸ ይስምዖም
report-new-contacts = ሓደስቲ ሞያዊ ርክባት

report-section-door-openers = ምስ ሰብ ዝተራኸቡ ከፈትቲ ማዕጾ
report-repeat = ካብ ሓደ ንላዕሊ ርክብ ዘካየዱ
report-meetings-per-door-opener = ዝተኻየዱ ርክባት ንነፍሲ ወከፍ ከፋቲ ማዕጾ: { $value }

report-section-relay = በትሪ ቅብብል
report-invites-sent = ዝተሰደዱ ዕድመታት ቅብብል
report-joined = ብዕድመ ቅብብል ዝተጸንበሩ
report-meetings-from-referrals = ምስ ብቕብብል ዝመጸ ሰብ ዝተኻየዱ ርክባት
report-chains = ሰንሰለታት ቅብብል (ምሉእ እቲ መደብ)
report-chain = { $name } (#{ $number }): { $people ->
        [one] ሓደ ሰብ ኣምጺኡ
       *[other] { $people } ሰባት ኣምጺኡ
    }, { $meetings ->
        [one] ሓደ ዝተኻየደ ርክብ
       *[other] { $meetings } ዝተኻየዱ ርክባት
    }
report-chains-none = ገና ሰንሰለታት ቅብብል የለዉን።

report-section-funnel = ካብ ምዝገባ ክሳብ ስራሕ
report-funnel-note = ኣብቲ እዋን ዝተመዝገቡ ሓደስቲ መጻእቲ፡ ክሳብ ሎሚ ዝተኸታተልናዮም።
report-funnel-registered = ዝተመዝገቡ
report-funnel-matched = ዝተራኸቡ (ምርኻብ)
report-funnel-met = ምስ ከፋቲ ማዕጾ ዝተራኸቡ
report-funnel-job = ስራሕ ዝረኸቡ

report-section-waiting = ንቀዳማይ ሓሳብ ምጽባይ
report-waiting-line = { $label }: ማእከላይ { $days } መዓልትታት ({ $count } ሓሳብ ረኺቦም)፡ { $waiting } ገና ይጽበዩ
report-waiting-line-none = { $label }: ገና ሓሳብ የለን፡ { $waiting } ይጽበዩ

report-chart-people = ሰባት
report-chart-outcomes = ውጽኢታት ድሕሪ 3ን 6ን ኣዋርሕ
report-chart-outcomes-axis = እወ ዝመለሱ (%)
report-chart-waiting = ማእከላይ ምጽባይ ንቀዳማይ ሓሳብ
report-chart-waiting-axis = መዓልትታት
report-chart-waiting-proposed = ሓሳብ ዝረኸቡ
report-chart-waiting-still = ገና ዝጽበዩ (ክሳብ ሕጂ)

report-summary-all = ጸብጻብ ጽልዋ፡ ምሉእ እቲ መደብ:
report-summary-organisation = ጸብጻብ ጽልዋ ን{ $organisation }:
report-summary-people = ዝተመዝገቡ ሓደስቲ መጻእቲ: { $newcomers }። ከፈትቲ ማዕጾ: { $door_openers }።
report-summary-meetings = ዝቐረቡ ሓሳባት: { $proposed }። ዝተኻየዱ ርክባት: { $held }።
report-summary-outcomes = ነቶም መጠይቓት ክትትል ዝመለሱ ሓደስቲ መጻእቲ: { $count }። ስራሕ ዝረኸቡ: { $pct } % ({ $n } ካብ { $total })።
report-summary-relay = ብበትሪ ቅብብል ዝተጸንበሩ: { $people }። ምስ ብቕብብል ዝመጸ ሰብ ዝተኻየዱ ርክባት: { $meetings }።
report-summary-charts = እቶም ቻርትታት ካብ ምዝገባ ክሳብ ስራሕ ዘሎ መንገዲ፡ መልስታት መጠይቕን ብዓውዲ ስራሕ ግዜ ምጽባይን የርእዩ። ምሉእ ጸብጻብ: doorway report
report-no-such-organisation = ኮድ { $code } ዘለዎ ትካል የለን። ነቶም ኮዳት ንምርኣይ /org ስደድ።

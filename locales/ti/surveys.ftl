# Tigrinya texts written by the Doorway project, awaiting review by a native speaker.
# መጠይቓት ክትትል: ድሕሪ ዝተኻየደ ርክብ ብቕጽበት፡ ከምኡ'ውን 3ን 6ን ኣዋርሕ ድሕሪ እቲ ቀዳማይ።

survey-intro-after_meeting = ምስ { $name } ስለ ዝተራኸብካ የቐንየልና! ሒደት ሓጸርቲ ሕቶታት ነቲ መደብ ንምምሕያሽ ይሕግዙ። ዝኾነ ሕቶ ክትሓልፎ ትኽእል።
survey-intro-month_3 = ቀዳማይ ርክብካ ምስ ከፋቲ ማዕጾ ካብ ዝኸውን ሰለስተ ኣዋርሕ ኮይኑ። ሸሞንተ ሓጸርቲ ሕቶታት: ካብ ሽዑ ንደሓር እንታይ ኣጋጢሙ? ዝኾነ ሕቶ ክትሓልፎ ትኽእል።
survey-intro-month_6 = ቀዳማይ ርክብካ ምስ ከፋቲ ማዕጾ ካብ ዝኸውን ሽዱሽተ ኣዋርሕ ኮይኑ። ሸሞንተ ሓጸርቲ ሕቶታት: ካብ ሽዑ ንደሓር እንታይ ኣጋጢሙ? ዝኾነ ሕቶ ክትሓልፎ ትኽእል።

survey-q-useful = ({ $number }/{ $total }) እቲ ርክብ ክንደይ ጠቒሙካ? 1 = ፈጺሙ ኣይጠቐመን፡ 5 = ብጣዕሚ ጠቒሙ።
survey-q-keep_in_touch = ({ $number }/{ $total }) ርክብ ክትቅጽሉ ዶ ኢኹም?
survey-q-meet_another = ({ $number }/{ $total }) ምስ ካልእ ሓድሽ መጻኢ ክትራኸብ ዶ ትደሊ?
survey-q-note = ({ $number }/{ $total }) ነቲ ኣወሃሃዲ ክትነግሮ እትደሊ ነገር ኣሎ ዶ? ኣብዚ ጸሓፎ፡ ወይ ሕለፍ ጠውቕ።
survey-q-job = ({ $number }/{ $total }) ካብቲ ርክብ ንደሓር ስራሕ ረኺብካ ዶ?
survey-q-internship = ({ $number }/{ $total }) ልምምድ ስራሕ (internship) ረኺብካ ዶ?
survey-q-interview = ({ $number }/{ $total }) ናብ ቃለ-መሕተት ስራሕ ከይድካ ዶ?
survey-q-met_employers = ({ $number }/{ $total }) ምስ ኣስራሕቲ ተራኺብካ ዶ?
survey-q-new_contacts = ({ $number }/{ $total }) ክንደይ ሓደስቲ ሞያዊ ርክባት ፈጢርካ?
survey-q-kept_contact = ({ $number }/{ $total }) ገና ምስ ከፋቲ ማዕጾኻ ርክብ ኣለካ ዶ?
survey-q-met_again = ({ $number }/{ $total }) ምስ ከፋቲ ማዕጾኻ ደጊምካ ተራኺብካ ዶ?
survey-q-chances_improved = ({ $number }/{ $total }) ኣብ ሞያኻ ናይ ስራሕ ዕድልካ ከም ዝተመሓየሸ ይስምዓካ ዶ?

survey-option-yes = እወ
survey-option-no = ኣይፋል
survey-option-maybe = ምናልባት
survey-option-unsure = ርግጸኛ ኣይኮንኩን
survey-option-none = ሓደ'ኳ
survey-option-1-3 = 1–3
survey-option-4-10 = 4–10
survey-option-over-10 = ካብ 10 ንላዕሊ
button-survey-skip = ሕለፍ
button-survey-stop = መጠይቓት ኣቋርጽ

survey-stale = እቲ ሕቶ ድሮ ተመሊሱ ወይ ተዓጽዩ። ዝተቐየረ ነገር የለን።
survey-closed = እቲ መጠይቕ ተዓጽዩ። የቐንየልና!
survey-error-buttons = በጃኻ ብሓደ ካብቶም መጠወቕታት መልስ (ወይ ቁጽሩ ጸሓፍ)።
survey-error-number = በጃኻ ካብ 0 ክሳብ { $max } ምሉእ ቁጽሪ ጸሓፍ።
survey-thanks = ስለ መልስታትካ የቐንየልና!
survey-stopped = ተወሳኺ መጠይቓት ኣይክሰደልካን እየ። ሓሳብካ እንተ ቐየርካ /surveys ስደድ።
survey-later = ሕራይ፡ ደሓር። ብዝኾነ ግዜ ብእቶም ኣብ ላዕሊ ዘለዉ መጠወቕታት ክትምልስ ትኽእል።
surveys-on = የቐንየልና! ደጊምካ መጠይቓት ክትቕበል ኢኻ።
surveys-already-on = ድሮ መጠይቓት ትቕበል ኣለኻ። ንምቁራጾም ኣብ ትሕቲ ሕቶ "መጠይቓት ኣቋርጽ" ጠውቕ።
survey-reminder = መዘኻኸሪ: ሒደት ሕቶታት ገና መልስኻ ይጽበዩ ኣለዉ።
survey-door-opener-paused = ስለ ርክብካ የቐንየልና። ንሕጂ ሓደስቲ ሓሳባት ኣይክትቕበልን ኢኻ። ደጊምካ ምስ ሓድሽ መጻኢ ክትራኸብ ምስ እትደሊ /resume ስደድ።

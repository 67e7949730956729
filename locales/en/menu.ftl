# Telegram's command menu (setMyCommands): one short line per command, at most 256 characters.

command-menu-start = Start or continue
command-menu-help = What Doorway does, and all commands
command-menu-profile = See and change your profile
command-menu-language = Change the language
command-menu-meeting = See, move or cancel your meeting
command-menu-status = Your place in the queue
command-menu-pause = Pause your participation
command-menu-resume = Take part again
command-menu-cancel = Leave the current step
command-menu-surveys = Get surveys again after stopping them
command-menu-report = Report someone you were matched with
command-menu-mydata = Get all your data as a file
command-menu-delete = Delete all your data
command-menu-consent = See what you agreed to
# Shown to coordinators only.
command-menu-pending = Newcomers waiting for a match, by sector
command-menu-openers = Door-openers and their capacity this month
command-menu-find = Search people
command-menu-match = Make a match by hand
command-menu-unmatch = Undo a match
command-menu-alias = Map a written occupation to an ESCO occupation
command-menu-broadcast = A message to a group
command-menu-event = Network meetings
command-menu-stats = The impact figures
command-menu-export = CSV files of the programme's data
command-menu-org = Organisations and their links
command-menu-block = Block a person from matching
command-menu-unblock = Lift a block

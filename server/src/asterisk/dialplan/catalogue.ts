/**
 * Applications and functions the hover explains: signature and one line in our own words, with a
 * note where the security rules care. A small catalogue of what hardening work meets most.
 */
export interface CatalogueEntry {
  signature: string;
  summary: string;
  security?: string;
}

export const APPLICATIONS: Record<string, CatalogueEntry> = {
  answer: { signature: 'Answer([delay])', summary: 'Answers the channel (optionally waiting delay ms first).' },
  hangup: { signature: 'Hangup([causecode])', summary: 'Ends the call, with an optional Q.850 cause code.' },
  dial: { signature: 'Dial(Tech/resource[&Tech2/resource2...][,timeout[,options[,URL]]])', summary: 'Calls one or more devices and bridges the first that answers.', security: 'Keep caller input out of the dial string, or wrap it in FILTER() (AST401).' },
  queue: { signature: 'Queue(queuename[,options[,URL[,announceoverride[,timeout[,AGI[,macro[,gosub[,rule[,position]]]]]]]]])', summary: 'Places the caller in a call queue.', security: 'Queue names built from caller input need FILTER() (AST401).' },
  page: { signature: 'Page(Technology/Resource[&Technology2/Resource2...][,options[,timeout]])', summary: 'Calls several devices at once and plays the caller to all of them.', security: 'Filter caller input in the device list (AST401).' },
  originate: { signature: 'Originate(tech_data,type,arg1[,arg2[,arg3[,timeout]]])', summary: 'Starts a new outgoing call from the dialplan.', security: 'Filter caller input in tech_data (AST401).' },
  goto: { signature: 'Goto([[context,]extension,]priority)', summary: 'Jumps to another priority, extension or context.', security: 'The target context must exist (AST408); filter ${EXTEN} under open patterns (AST401).' },
  gotoif: { signature: 'GotoIf(condition?[label_if_true]:[label_if_false])', summary: 'Jumps to one of two destinations depending on an expression.' },
  gosub: { signature: 'Gosub([[context,]exten,]priority[(arg1[,...][,argN])])', summary: 'Calls a dialplan subroutine; Return() comes back here.', security: 'The target context must exist (AST408).' },
  gosubif: { signature: 'GosubIf(condition?labeliftrue[(args)][:labeliffalse[(args)]])', summary: 'Calls one of two subroutines depending on an expression.' },
  return: { signature: 'Return([value])', summary: 'Returns from a Gosub subroutine, setting GOSUB_RETVAL.' },
  set: { signature: 'Set(name=value)', summary: 'Sets a channel variable or writes a dialplan function.', security: 'A variable set from caller input stays caller-controlled (AST401/AST402).' },
  mset: { signature: 'MSet(name1=value1[,name2=value2...])', summary: 'Sets several variables at once (values may not contain commas).' },
  noop: { signature: 'NoOp([text])', summary: 'Does nothing; handy to print values in the verbose log.' },
  verbose: { signature: 'Verbose([level,]message)', summary: 'Writes a message to the verbose log.' },
  log: { signature: 'Log(level,message)', summary: 'Writes a message to the Asterisk log at the given level.' },
  playback: { signature: 'Playback(filename[&filename2...][,options])', summary: 'Plays sound files to the caller.' },
  background: { signature: 'BackGround(filename[&filename2...][,options[,langoverride[,context]]])', summary: 'Plays sound files while listening for an extension to be dialled.' },
  read: { signature: 'Read(variable[,filename[&filename2...][,maxdigits[,options[,attempts[,timeout]]]]])', summary: 'Collects DTMF digits into a variable.', security: 'The variable is caller input: filter it before commands (AST402).' },
  wait: { signature: 'Wait(seconds)', summary: 'Pauses the dialplan for a number of seconds.' },
  waitexten: { signature: 'WaitExten([seconds[,options]])', summary: 'Waits for the caller to dial an extension.' },
  voicemail: { signature: 'VoiceMail(mailbox[@context][&mailbox2...][,options])', summary: 'Lets the caller leave a voicemail message.' },
  voicemailmain: { signature: 'VoiceMailMain([mailbox][@context][,options])', summary: 'Lets a user listen to and manage their voicemail.', security: 'Keep it out of unauthenticated contexts (AST404); the s option skips the password.' },
  disa: { signature: 'DISA(passcode|filename[,context[,cid[,mailbox[@context][,options]]]])', summary: 'Gives the caller a second dial tone to place new calls.', security: 'Never no-password (AST406); keep it out of unauthenticated contexts (AST404).' },
  system: { signature: 'System(command)', summary: 'Runs a shell command; SYSTEMSTATUS holds the outcome.', security: 'Caller input must be filtered (AST402).' },
  trysystem: { signature: 'TrySystem(command)', summary: 'Like System(), but never fails the call.', security: 'Caller input must be filtered (AST402).' },
  agi: { signature: 'AGI(command[,arg1[,arg2...]])', summary: 'Runs an AGI script that drives the call.', security: 'Arguments from caller input must be filtered (AST402).' },
  eagi: { signature: 'EAGI(command[,arg1[,arg2...]])', summary: 'AGI with the caller audio on file descriptor 3.', security: 'Arguments from caller input must be filtered (AST402).' },
  mixmonitor: { signature: 'MixMonitor(filename.extension[,options[,command]])', summary: 'Records the call in the background; command runs when recording ends.', security: 'The command argument runs in a shell: filter caller input (AST402).' },
  exec: { signature: 'Exec(appname(arguments))', summary: 'Runs the application named in its argument.', security: 'Caller input here can run any application (AST402).' },
  execif: { signature: 'ExecIf(expression?appiftrue(args)[:appiffalse(args)])', summary: 'Runs one of two applications depending on an expression.', security: 'Caller input here can run any application (AST402).' },
  chanisavail: { signature: 'ChanIsAvail(Technology/Resource[&Technology2/Resource2...][,options])', summary: 'Checks whether devices are free.' },
  progress: { signature: 'Progress()', summary: 'Sends early media indication (183) without answering.' },
  ringing: { signature: 'Ringing()', summary: 'Indicates ringing to the caller.' },
  congestion: { signature: 'Congestion([timeout])', summary: 'Plays a congestion tone until hangup or timeout.' },
  busy: { signature: 'Busy([timeout])', summary: 'Plays a busy tone until hangup or timeout.' },
  macro: { signature: 'Macro(name[,arg1[,arg2...]])', summary: 'Runs a macro context (deprecated: use Gosub).' },
  confbridge: { signature: 'ConfBridge(conference[,bridge_profile[,user_profile[,menu]]])', summary: 'Joins the caller to a conference bridge.' },
  authenticate: { signature: 'Authenticate(password[,options[,maxdigits[,prompt]]])', summary: 'Asks the caller for a password before continuing.' },
  sipaddheader: { signature: 'SIPAddHeader(Header: Content)', summary: 'Adds a SIP header to the outgoing chan_sip call.' },
};

export const FUNCTIONS: Record<string, CatalogueEntry> = {
  filter: { signature: 'FILTER(allowed-chars,string)', summary: 'Keeps only the allowed characters (ranges like 0-9 allowed).', security: 'The sanitiser for caller input (AST401/AST402).' },
  callerid: { signature: 'CALLERID(datatype[,CID])', summary: 'Reads or sets caller ID parts: num, name, all, ani, dnid, rdnis…', security: 'Caller-controlled: spoofable by the caller.' },
  connectedline: { signature: 'CONNECTEDLINE(datatype[,i])', summary: 'Reads or sets the connected line party.', security: 'Caller-controlled.' },
  redirecting: { signature: 'REDIRECTING(datatype[,i])', summary: 'Reads or sets the redirecting (diversion) party.', security: 'Caller-controlled.' },
  pjsip_header: { signature: 'PJSIP_HEADER(action,name[,number])', summary: 'Reads, adds, updates or removes a SIP header on a PJSIP channel.', security: 'Read headers come from the remote party.' },
  sip_header: { signature: 'SIP_HEADER(name[,number])', summary: 'Reads a SIP header of the incoming chan_sip call.', security: 'Caller-controlled.' },
  shell: { signature: 'SHELL(command)', summary: 'Runs a shell command and returns its output.', security: 'Caller input must be filtered (AST402); in [globals] it runs at every dialplan load.' },
  eval: { signature: 'EVAL(variable)', summary: 'Evaluates variables inside a string a second time.', security: 'Re-evaluating caller input lets it call functions (AST402).' },
  len: { signature: 'LEN(string)', summary: 'Length of a string.' },
  cut: { signature: 'CUT(varname,char-delim,range-spec)', summary: 'Splits a variable on a delimiter and returns some fields.' },
  if: { signature: 'IF(expression?[true]:[false])', summary: 'Returns one of two values depending on an expression.' },
  isnull: { signature: 'ISNULL(data)', summary: 'Returns 1 when the value is empty.' },
  exists: { signature: 'EXISTS(data)', summary: 'Returns 1 when the value is not empty.' },
  regex: { signature: 'REGEX("regular expression" string)', summary: 'Returns 1 when the string matches the regular expression.' },
  global: { signature: 'GLOBAL(varname)', summary: 'Reads or sets a global variable.' },
  db: { signature: 'DB(family/key)', summary: 'Reads or writes the Asterisk database (AstDB).' },
  channel: { signature: 'CHANNEL(item)', summary: 'Reads or sets channel properties; CHANNEL(pjsip,...) reads transport details.', security: 'pjsip and uri items come from the remote party.' },
  uridecode: { signature: 'URIDECODE(data)', summary: 'Decodes a URI-encoded string.', security: 'Decoding can produce characters the caller hid.' },
  message: { signature: 'MESSAGE(argument)', summary: 'Reads or sets parts of a SIP MESSAGE (to, from, body).', security: 'Caller-controlled.' },
  file: { signature: 'FILE(filename[,offset[,length[,options[,format]]]])', summary: 'Reads or writes a file on the Asterisk host.', security: 'Needs live_dangerously for writes from external sources.' },
  curl: { signature: 'CURL(url[,post-data])', summary: 'Fetches a URL and returns the body.' },
  strftime: { signature: 'STRFTIME([epoch][,timezone[,format]])', summary: 'Formats a time.' },
  dialplan_exists: { signature: 'DIALPLAN_EXISTS(context[,extension[,priority]])', summary: 'Returns 1 when the dialplan location exists.' },
};

export const VARIABLES: Record<string, CatalogueEntry> = {
  exten: { signature: '${EXTEN}', summary: 'The extension being run (what the caller dialled under a pattern).', security: 'Caller-controlled under open patterns: use FILTER() (AST401).' },
  context: { signature: '${CONTEXT}', summary: 'The current context.' },
  priority: { signature: '${PRIORITY}', summary: 'The current priority.' },
  dnid: { signature: '${DNID}', summary: 'The dialled number identifier.', security: 'Caller-controlled.' },
  rdnis: { signature: '${RDNIS}', summary: 'The redirecting number.', security: 'Caller-controlled.' },
  dialstatus: { signature: '${DIALSTATUS}', summary: 'Outcome of the last Dial(): ANSWER, BUSY, NOANSWER, CHANUNAVAIL…' },
  hangupcause: { signature: '${HANGUPCAUSE}', summary: 'Q.850 cause of the hangup.' },
  uniqueid: { signature: '${UNIQUEID}', summary: 'Unique id of the channel.' },
};

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AccessNeeds</name>
    <message>
        <source>Step-free access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hearing loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quiet space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy-read papers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionRepository</name>
    <message>
        <source>&quot;%1&quot; is not an action status (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an action that cannot be done must say why: give the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start saving the status change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the action&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save the status change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start undoing the status change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status change to undo is no longer there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put the status back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save the undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsBoard</name>
    <message>
        <source>Ser&amp;ies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show actions from the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show actions for the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show actions with the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or in progress, and past the date they were due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many actions are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted by the date they are due. Enter changes the chosen action&apos;s status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change stat&amp;us…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the chosen action&apos;s status, with a dated note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open its meetin&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed the chosen action, when, and from what to what</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityPane</name>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activities in order. Alt+Up and Alt+Down move the chosen one; rows can also be dragged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an activity&apos;s title and press Enter to add it to the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an activity, press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which group brought this activity to the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened in this activity. Saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How easy the notes are to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What came out of the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add what someone said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What someone said, press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>said by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who said it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision, press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something a group will do, press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be done, who by, and by when. Enter on the status opens the status change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action, press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change stat&amp;us…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the chosen action&apos;s status, with a dated note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the chosen backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete the chosen backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuiltInCharters</name>
    <message>
        <source>record the built-in charters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we work together: Derby&apos;s local area SEND co-production charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Honesty, transparency and accountability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We will be honest about what we can and cannot do, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jointly identify a clear purpose about what we want to achieve and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be accountable and take responsibility for our decisions and how we work together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be honest and transparent with our partners about what can or cannot be delivered and changed, and the reasons for this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working in partnership, valuing everyone equally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone&apos;s voice counts the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure that everyone can contribute, can have a voice that is listened to and represents the full diversity of our community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognise all partners as equal, including children and young people and their parents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make partnership working part of our DNA so we bring partners together to shape work and developments at the earliest possible stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respect, recognition and understanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We respect every child, young person and family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respect children and young people as individuals and ensure that they are always at the centre of any decisions that impact on their lives and outcomes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respect all partners, for the different and unique experiences skills and knowledge they can contribute and the equally important roles they play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognise that everyone wants the best outcomes possible, that we all care and we want to make a positive difference through what we do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embrace other people’s roles, responsibilities and pressures and support each other to understand these differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We keep you up to date, in words that work for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep all partners updated about changes that may impact them, as soon as possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure all voices can be heard and that partners are updated as to what has and hasn’t changed as a result of their contribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communicate all key messages in ways, and in language, that works for all those involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focussing on strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We look for what works and what we can do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus on finding achievable solutions, not dwelling on the problems, and working together to solve the issues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start every piece of work/process with open minds and &apos;can-do&apos; attitudes to generate positivity around the work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regularly communicate positive messages about progress being made to help boost morale and increase aspirations across the local area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We plan our work so that everyone can take part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consider everyone’s availability and accessibility when we plan and work together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use methods and processes that can be accessed by, and tailored to, the needs of children, young people and families, being respectful of different ages, needs, abilities and understanding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapt ways of working to the children and young people, parents and carers we work with, not expecting children and young people to adapt to our systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doncaster&apos;s SEND Co-production Charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be accountable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We do what we say we will do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take responsibility and do what we say we will in a timely manner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus on solutions and set expectations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain clearly what is available and what is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge our mistakes and take action to resolve them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provide opportunities to openly reflect on decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ensure Information and decisions are documented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We treat each other with kindness and respect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respect each other, our individuality and our opinions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appreciate, celebrate and build on our strengths and differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognise that we all add value and have different knowledge and experiences to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat each other with kindness and dignity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work in partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We work together as equal partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encourage participation and make it easier for everyone to work together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn from each other and improve our knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build trust and work towards a common goal for children and young people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be inquisitive and don&apos;t allow preconceptions to cloud our judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respect each other as equals, with different experiences and value our contributions as equal partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen and communicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We listen, and we use plain words with no jargon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communicate clearly and openly in plain English - no jargon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actively listen to each other&apos;s views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use positive, inclusive and constructive language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be transparent, open and honest in our communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be mindful that people may not be aware of how/what support they can access</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarFile</name>
    <message>
        <source>the file is not text in UTF-8; expected an iCalendar file (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: expected BEGIN:VCALENDAR, the start of an iCalendar file (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no calendar could be read; expected BEGIN:VCALENDAR … END:VCALENDAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 (&quot;%2&quot;): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUMMARY: missing; expected the meeting&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DTSTART: missing or not a date; expected when the meeting starts, such as DTSTART;TZID=Europe/London:20270323T100000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DTEND: not a date; expected when the meeting ends, such as DTEND;TZID=Europe/London:20270323T120000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DTEND: before DTSTART; expected the meeting to end after it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled, so left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>RRULE: repeats %n times; expected at most %1 meetings</source>
        <translation>
            <numerusform>RRULE: repeats once; expected at most %1 meetings</numerusform>
            <numerusform>RRULE: repeats %n times; expected at most %1 meetings</numerusform>
        </translation>
    </message>
    <message>
        <source>repeats with no end date, so the meetings of its first year were made (the last on %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no events (VEVENT); expected at least one meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarInvite</name>
    <message>
        <source>A co-production meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting of the series &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody who comes to this meeting has told us of an access need yet. Ask everyone you invite what would help them take part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please arrange:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people have told us they need:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no meeting %1 (see `coproduce meetings list`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no series &quot;%1&quot; (see `coproduce series list`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the series &quot;%1&quot; has no meeting on or after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n people)</source>
        <translation>
            <numerusform>%1 (%n person)</numerusform>
            <numerusform>%1 (%n people)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardPainter</name>
    <message>
        <source>We will:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeWords</name>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count of who felt heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether they came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how they are named in the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who raised it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>easy-read words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how it was decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>principle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what it answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CharterCheckPane</name>
    <message>
        <source>How did we do against the charter? For each principle: yes, partly or not yet, and a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charter check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Were you heard? How many people said…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number who said yes, they were heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partly:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number who said they were partly heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number who said no, they were not heard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CharterDialog</name>
    <message>
        <source>Charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charter name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Local area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the charter&apos;s words come from, such as a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Principles, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down change the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principle title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Easy read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy-read line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The principle in one short, plain sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#1b5e9e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;We will
(one a line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We will commitments, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs fixing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CharterFormat</name>
    <message>
        <source>is empty (a charter needs at least one principle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is used by another principle already (ids must be unique)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a colour (expected #RRGGBB, e.g. &quot;#1b5e9e&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the text of a commitment, found %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CharterPage</name>
    <message>
        <source>Char&amp;ter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the chosen card full screen on the projector (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new charter from this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imp&amp;ort…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a charter from a .json file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this charter as a .json file to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this charter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CharterRepository</name>
    <message>
        <source>could not start saving the charter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check which principles meetings use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the charter &quot;%1&quot; cannot be replaced: meetings still use the principles %2, which the new version does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the charter&apos;s principles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the principle &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save a commitment of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save the charter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check which meetings use the charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the charter &quot;%1&quot; is used by %n meetings, so it cannot be deleted</source>
        <translation>
            <numerusform>the charter &quot;%1&quot; is used by %n meeting, so it cannot be deleted</numerusform>
            <numerusform>the charter &quot;%1&quot; is used by %n meetings, so it cannot be deleted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not go with &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1 %2&quot; is not a command: &quot;%1&quot; takes %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs --%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not take &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meeting ID must be a number (see `coproduce meetings list`), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not add the built-in charters: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try `coproduce %1 --help`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try `coproduce --help`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRINCIPLES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BUILT IN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no charter &quot;%1&quot; (see `coproduce charters list`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In short: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We will:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced the charter &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the charter &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPEN ACTIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERIES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (taken offline by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no meeting %1 (see `coproduce meetings list`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEETINGS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This area has no hard words of its own yet: add them in the app or with `coproduce words import FILE`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HARD WORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPLANATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>term</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Teams: %n, merged by name with those here.</source>
        <translation>
            <numerusform>Teams: %n, merged by name with those here.</numerusform>
            <numerusform>Teams: %n, merged by name with those here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meetings were here already (the same series, date and title) and were left as they were.</source>
        <translation>
            <numerusform>%n meeting was here already (the same series, date and title) and was left as it was.</numerusform>
            <numerusform>%n meetings were here already (the same series, date and title) and were left as they were.</numerusform>
        </translation>
    </message>
    <message>
        <source>Team members this server has no login for, left out (the area&apos;s admin adds them with `coproduce team member`): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database as it was is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ok (SQLite integrity check passed; a Coproduce database this version can open; the audit trail is whole).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE may be - for standard input or output. Without --database, Coproduce uses %1. --database also takes the area&apos;s server, as libpq writes it: postgresql://HOST/DATABASE, or keywords (&quot;service=coproduce&quot;); the password comes from ~/.pgpass, the keyring or Kerberos, never the command line. Another machine is reached with sslmode=verify-full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 done; 1 the command failed; 2 the command line was wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: coproduce [--database FILE] [VERB [ARGUMENTS] [OPTIONS]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With no verb, Coproduce opens the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`coproduce VERB --help` shows what one verb takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File formats: docs/formats.md; the manual: man coproduce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`coproduce %1 VERB --help` shows what one of them takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coproduce shows a local area&apos;s co-production charter as cards, logs who came to a meeting, what people said, decisions and actions, rates each activity on the ladder of co-production, and writes minutes, easy-read summaries and &quot;you said, we did&quot; as PDF, HTML and ODT. Without a verb it opens the app; with one, it does that one thing and exits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is a SQLite file on this computer unless --database names the area&apos;s PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database when --database is not given (XDG_DATA_HOME is ~/.local/share unless set). Backups are kept in the folder beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaching the area&apos;s server: --database takes a PostgreSQL URI (postgresql://HOST/DATABASE) or keywords (&quot;service=coproduce&quot;); the password comes from ~/.pgpass, the keyring or Kerberos, never the command line. Another machine is reached with sslmode=verify-full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file formats: /usr/share/doc/coproduce/formats.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report them to the Coproduce developers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes a meeting&apos;s id (see `coproduce meetings list`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs --database to name the area&apos;s server (the laptop&apos;s own database is --laptop FILE, or %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released meeting %1: it can be changed on the server again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--laptop names this laptop&apos;s own database file, not a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took meeting %1 offline: it is meeting %2 in %3. Publish it back with `coproduce --database … meetings publish %2`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Meeting %1 on the server.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json and --csv do not go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--no-bom goes with --csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output writes the report: it does not go with --json or --csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 goes with --output FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to needs a date such as 2026-03-31, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by takes month, quarter or year, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from needs a date such as 2026-04-01, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from (%1) comes after --to (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTIONS DONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAID, ACTED ON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEOPLE THERE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEARD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no series called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;retention&quot; needs --older-than YEARS, a whole number from 1 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings are older than %1 (before %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 older than %2 (before %3). Add --delete to delete them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 backups made before now still hold them, in %2: delete those too if your policy says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased &quot;%1&quot;: the name is nowhere in %2. Attendances that now show only the role: %3. Texts the name was taken out of: %4. Things they said that were deleted: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These backups still hold the name; delete them to finish the erasure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--meeting takes a meeting ID (see `coproduce meetings list`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEETING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--years takes a whole number from 1 to 50, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not add the demo meetings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 series, %2 meetings and %3 actions to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;minutes&quot; needs --output FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;you-said-we-did&quot; needs --output FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no series &quot;%1&quot; (see `coproduce meetings list`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy-read text: sentences of up to %1 words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formal text: sentences of up to %1 words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words: %1. Sentences: %2. Syllables: %3. Flesch–Kincaid grade: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest sentences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: no hard words or long sentences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1 needs --database to name the area&apos;s PostgreSQL server (for example --database postgresql://db.council.example/coproduce, or --database service=coproduce); a SQLite file is made and upgraded when it is opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the schema is made, but the built-in charters could not be added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made Coproduce&apos;s schema (version %1) on %2, with the built-in charters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 holds Coproduce&apos;s schema version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ok (Coproduce&apos;s schema version %2, as this version needs; the audit trail is whole).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no teams yet: every series is the whole area&apos;s (`coproduce team add NAME` makes one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the team &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer in the team &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the team &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the series &quot;%1&quot; does not belong to the team &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series &quot;%1&quot; is the whole area&apos;s again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series &quot;%1&quot; belongs to the team &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n principles</source>
        <translation>
            <numerusform>%n principle</numerusform>
            <numerusform>%n principles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added or replaced %n words.</source>
        <translation>
            <numerusform>Added or replaced %n word.</numerusform>
            <numerusform>Added or replaced %n words.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meetings are</source>
        <translation>
            <numerusform>%n meeting is</numerusform>
            <numerusform>%n meetings are</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meetings</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message>
        <source>The language Coproduce speaks, if it has a translation for it; otherwise English (UK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A language code (for example pl or cy) to use instead of the system&apos;s, or &quot;pseudo&quot;: every text about 40 % longer and accented, to see whether a longer language fits the windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1, %2 and %3 from %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n charters</source>
        <translation>
            <numerusform>%n charter</numerusform>
            <numerusform>%n charters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hard words</source>
        <translation>
            <numerusform>%n hard word</numerusform>
            <numerusform>%n hard words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted the %n meetings older than %1: nothing of them is left in %2.</source>
        <translation>
            <numerusform>Deleted the meeting older than %1: nothing of it is left in %2.</numerusform>
            <numerusform>Deleted the %n meetings older than %1: nothing of them is left in %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;meetings calendar&quot; needs a meeting ID or --series NAME, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from goes with --series: one meeting has its own date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from needs a date such as 2027-03-23, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n meetings were in the series already, and were left as they are.</source>
        <translation>
            <numerusform>%n meeting was in the series already, and was left as it is.</numerusform>
            <numerusform>%n meetings were in the series already, and were left as they are.</numerusform>
        </translation>
    </message>
    <message>
        <source>Installed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to the area&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Coproduce keeps the meetings. A facilitator on their own uses this laptop&apos;s file; an area whose facilitators share one record uses its server. If the server asks for a password, Coproduce asks you for it when it opens the server, and can keep it in this computer&apos;s keyring; it is never kept in Coproduce&apos;s own settings. Kerberos and a ~/.pgpass file work as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop&apos;s own &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area&apos;s &amp;server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As your area&apos;s IT team gave it: postgresql://server/database, or service=name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgresql://db.council.example/send, or service=coproduce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs fixing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::ActionsBoard</name>
    <message>
        <source>Open or in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coproduce::ActionsModel</name>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::ActivityPane</name>
    <message>
        <source>Nobody in particular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person who said it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When nobody is named: which group said it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made in this meeting, or made elsewhere and only reported here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision in short, plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no principle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group or person committing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charter principle this commitment serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who will do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to change the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What someone said that this action answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action in short, plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing said</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::Archive</name>
    <message>
        <source>%1: cannot read meeting %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot save the archive&apos;s records: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a list of teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a team&apos;s name, its members (logins) and its series (names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (team &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::AuditLog</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait for the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the change in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an action&apos;s status note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what people said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ladder rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &quot;were you heard?&quot; counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the charter check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an activity&apos;s principles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the area&apos;s hard words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who is in a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back %1 (undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the status of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased a person&apos;s name (right to erasure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted old meetings (retention policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the database from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took the meeting offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published the meeting back from a laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released the meeting taken offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced the meeting with its offline copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the values in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget the values in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit trail cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit entries %1 to %2 are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit entry %1 was changed outside Coproduce (its hash does not follow from the entries before it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit entry %1&apos;s values were changed outside Coproduce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the area&apos;s own spellings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::Backups</name>
    <message>
        <source>%1: the area&apos;s server is backed up by its IT team (with pg_dump), not by each copy of Coproduce: ask them for a copy, or to put one back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the area&apos;s server keeps no backups of Coproduce&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is not one of this database&apos;s backups, so it was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These backups could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already exists; choose a new file for the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the backup: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot make the backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is not a Coproduce database (it is not an SQLite database file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: SQLite cannot open it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: SQLite cannot read it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is not a Coproduce database (it is an SQLite database of another program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: was written by a newer version of Coproduce (database version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: SQLite cannot check it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is damaged (SQLite&apos;s integrity check says: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot copy the backup beside the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot put the backup in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database as it was before is in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::BackupsDialog</name>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database will be put back as it was on %1. Everything changed since then will no longer show. A backup of the database as it is now is made first, so this can be undone by restoring that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coproduce databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from this file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database will be replaced by %1, once it has been checked. A backup of the database as it is now is made first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete backups?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coproduce keeps the newest %1 backups of this database in %2: one each day it is used, and one before every upgrade and every restore. Each is a whole copy, readable only by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet. Choose &quot;Back up now&quot; to make one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from %1. The database as it was before is the newest backup in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n backups? They cannot be got back.</source>
        <translation>
            <numerusform>Delete this backup? It cannot be got back.</numerusform>
            <numerusform>Delete these %n backups? They cannot be got back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n backups.</source>
        <translation>
            <numerusform>Deleted %n backup.</numerusform>
            <numerusform>Deleted %n backups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coproduce::CalendarActions</name>
    <message>
        <source>Add &amp;meetings from a calendar file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting as a calendar invite (.ics) for Outlook, Thunderbird or GNOME Calendar, with what to arrange for the people who come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This series&apos; meetings from today as one calendar file (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned meetings from a council calendar&apos;s .ics file, added to a series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a meeting first: the calendar is made from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting is not in a series: save it on its own instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calendar was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n meetings to %1: open it with your calendar, or attach it to an email.</source>
        <translation>
            <numerusform>Saved %n meeting to %1: open it with your calendar, or attach it to an email.</numerusform>
            <numerusform>Saved %n meetings to %1: open it with your calendar, or attach it to an email.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add meetings from a calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;series the meetings belong to (choose one, or type a new name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was added: the meetings need a series to belong to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n planned meetings to %1.</source>
        <translation>
            <numerusform>Added %n planned meeting to %1.</numerusform>
            <numerusform>Added %n planned meetings to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meetings were in the series already, and were left as they are.</source>
        <translation type="unfinished">
            <numerusform>%n meeting was in the series already, and was left as it is.</numerusform>
            <numerusform>%n meetings were in the series already, and were left as they are.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar &amp;file for this meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar file for the ser&amp;ies&apos; dates…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::CharterCards</name>
    <message>
        <source>Charter cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This charter has no principles yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This charter has no principles yet. Use Edit to add them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::CharterCheckPane</name>
    <message>
        <source>Were you heard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose again to clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note (choose a face first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose yes, partly or not yet before writing a note, so the note says what it is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did we do against the charter (%1)? For each principle: yes, partly or not yet, and a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::CharterDialog</name>
    <message>
        <source>New charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New principle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour for this principle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: give the charter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principles: a charter needs at least one principle. Use Add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principle %1: give it a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principle %1 (“%2”), colour: “%3” is not a colour. Write it like #1b5e9e, or use Choose.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::CharterPage</name>
    <message>
        <source>Arrow keys move between cards; Enter shows the card on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (our version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charters (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charters (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in charters are kept as their area wrote them. Use Copy to make a version you can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this charter (Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote charter %1
write charter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed charter %1
change charter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is built in and is kept as its area wrote it. Copy it to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in charters cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted charter %1
delete charter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported charter %1
import charter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n principles.</source>
        <translation>
            <numerusform>%1 — %n principle.</numerusform>
            <numerusform>%1 — %n principles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coproduce::ConnectDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a server&apos;s address. Write it as your area&apos;s IT team gave it: postgresql://server/database, or service=name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::ConnectionSpec</name>
    <message>
        <source>--database: “%1” holds a password. Leave it out: Coproduce would keep it in its list of recent databases. Keep the password in the system&apos;s keyring, in libpq&apos;s password file (~/.pgpass, readable by you alone), or sign in with Kerberos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--database: the value of %1 holds a “;”, which the database driver cannot pass on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--database: “%1” is not a PostgreSQL address: %2. Write it like postgresql://server.example/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--database: “%1” is not a setting PostgreSQL knows (in “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--database: “%1” needs a value (write %1=…) in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--database: the value of %1 opens a quote that does not close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::DetailsPane</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why they are here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came, sent apologies or did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the person wants to be credited in anything published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they need to take part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they work, if anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody coming has told us of an access need.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::EraseDialog</name>
    <message>
        <source>What they said will be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said will be kept, without their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s name will be removed from every meeting. %2 This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete backups?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name as it was recorded, in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody called &quot;%1&quot; is in the records. The name must match in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was erased: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n backups that still hold the name? The database as it is now is not affected, but those older copies cannot be got back.</source>
        <translation>
            <numerusform>Delete the backup that still holds the name? The database as it is now is not affected, but that older copy cannot be got back.</numerusform>
            <numerusform>Delete the %n backups that still hold the name? The database as it is now is not affected, but those older copies cannot be got back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is in %n meetings, as %2.</source>
        <translation>
            <numerusform>%1 is in %n meeting, as %2.</numerusform>
            <numerusform>%1 is in %n meetings, as %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backups made before now still hold the name, in %1. Delete them too unless your area must keep them.</source>
        <translation>
            <numerusform>%n backup made before now still holds the name, in %1. Delete it too unless your area must keep it.</numerusform>
            <numerusform>%n backups made before now still hold the name, in %1. Delete them too unless your area must keep them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted the %n backups that held the name.</source>
        <translation>
            <numerusform>Deleted the backup that held the name.</numerusform>
            <numerusform>Deleted the %n backups that held the name.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coproduce::Erasure</name>
    <message>
        <source>could not start the erasure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody called &quot;%1&quot; is in %2 (names must match in full, as in `coproduce meetings export`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look for others with the same first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not delete what they said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make their attendance anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look for the name in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take the name out of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person&apos;s name was erased from %1 attendances and %2 texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save the erasure: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::ExportDialog</name>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy-read summary, for families and young people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said, we did: every meeting of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said, we did, easy read: every meeting of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress report, for the partnership board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress, easy read, for families and young people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, for printing and sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (HTML), the most accessible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (ODT), to edit in a word processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the document as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 you said we did easy read.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 you said we did.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 easy read.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 minutes.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 to %3 easy read.%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 to %3.%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web page has no pages: it fits any screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People are counted in it, never named: it can be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only people who came in a professional role are named; everyone else is shown by role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named as each person asked. Do not publish this version: only you will be able to open the file on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting is no longer in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series &quot;%1&quot; is no longer in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some letters cannot be drawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::FieldBinding</name>
    <message>
        <source>%1: &quot;%2&quot; is not a date. Write it as %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes to %1 have been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This history cannot be changed from Coproduce. Each entry is chained to the one before, so a change made to it outside the app shows up in &quot;coproduce check&quot;. Where a person&apos;s name was erased, the values say &quot;(erased)&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n changes to %1, newest first.</source>
        <translation>
            <numerusform>%n change to %1.</numerusform>
            <numerusform>%n changes to %1, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coproduce::KeptEdits</name>
    <message>
        <source>What you typed at %1 was not saved: %2. You typed: “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot keep what was typed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::Keyring</name>
    <message>
        <source>The system&apos;s keyring could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be kept in the system&apos;s keyring (%1), so Coproduce will ask for it again next time. It was not written anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be taken out of the system&apos;s keyring: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::LadderPane</name>
    <message>
        <source>Rungs: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::LadderWidget</name>
    <message>
        <source>not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ladder of co-production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views differ by %1 rungs: %2 chose %3, %4 chose %5. Ask the room why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating for: %1. Left/Right: another view; Up/Down or 1–7: a rung; Delete: clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated yet. Choose a rung and what it means shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating for %1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating for %1: not rated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::LastTimePane</name>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the meeting on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::MainWindow</name>
    <message>
        <source>%1 – Coproduce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted: what is shown and typed here crosses the network readable. Ask the area&apos;s IT team for an encrypted (TLS) connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Series and meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the area&apos;s server again. Everything shown is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: your login (%1) is one of the area&apos;s readers. You can look, print and export everything, but not change anything. An area admin can make you a facilitator; then choose Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login is still one of the area&apos;s readers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the change that was undone again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Coproduce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coproduce %1: for running co-production meetings in local-area SEND services. The database is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present on scr&amp;een</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen this window is not on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hist&amp;ory of this meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed what in this meeting, when, and from what to what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other copy still has the database open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;elete this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the open meeting with everything in it (Undo puts it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose dates that make a range first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a meeting first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the progress report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a meeting to print its minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some letters cannot be drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printed minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the minutes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only) – Coproduce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open for changes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this laptop&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area&apos;s server has not answered since %1. Coproduce is trying to reach it again; until it does, changes cannot be saved to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is recorded with who made it. Your name (leave it empty to use this computer&apos;s user name, %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are now recorded as made by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased. Attendances now showing only the role: %1. Pieces of text the name was taken out of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things they said that were deleted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen row up or down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up, Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete (undo with Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an action&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter on the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next or previous card when presenting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Down/Up, arrows, Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain or fix the hard word at the cursor; else go to the next mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the hard word at the cursor with plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n changes typed while the area&apos;s server was not answering.</source>
        <translation>
            <numerusform>Saved %n change typed while the area&apos;s server was not answering.</numerusform>
            <numerusform>Saved %n changes typed while the area&apos;s server was not answering.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coproduce::MeetingDocument</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed the %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed the %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area&apos;s server is not answering. What you typed is kept on this laptop, and will be saved when the server answers again (even if you close Coproduce meanwhile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area&apos;s server is not answering. What you typed is kept on this laptop, and will be added when the server answers again (even if you close Coproduce meanwhile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed the role of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the role of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rated %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the room&apos;s poll on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted the room&apos;s poll on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark the charter check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked the charter check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::MeetingEditor</name>
    <message>
        <source>This meeting&apos;s words: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting is open. Make one with New meeting (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions from &amp;last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions from &amp;last time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an acti&amp;vity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the activity&apos;s title and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write notes for the chosen activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add what someone &amp;said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what someone said and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the decision and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the commitment and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an &amp;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the action and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate on the &amp;ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up and Down choose a rung, Left and Right change whose view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the &amp;room poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people put the activity on each rung: type a number, or + and -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions from last &amp;time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to the actions from earlier meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harter check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did we do against the charter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since you last saw it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>somewhere else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed is on the clipboard: paste it back with Ctrl+V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting was deleted somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::MeetingList</name>
    <message>
        <source>find meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::MeetingListModel</name>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::MeetingsPage</name>
    <message>
        <source>Delete meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meetings could not be searched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That meeting is not there any more: it was deleted somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo (%2) puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::NewMeetingDialog</name>
    <message>
        <source>none, or type a new series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: give the meeting a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: “%1” is not a date. Write it as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::OdtWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::Offline</name>
    <message>
        <source>wait for the meeting&apos;s other changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no meeting %1 on the area&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of an earlier meeting of this series from %1, here to read the actions from last time. Changes to it stay on this laptop, and it goes when the meeting taken offline is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken offline from %1 at %2. Change it here; when you are done, Meeting → Publish to the area&apos;s server sends it back (nobody changes it on the server meanwhile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took this meeting offline at %2: it can be read here, and changed again once it is published back or released (an area admin can release it). Nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You took this meeting offline at %1: it is changed in this laptop&apos;s own file now (File → Connect → this laptop&apos;s file), and sent back with Meeting → Publish to the area&apos;s server. Here it can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can read this meeting but not change it: %1 took it offline at %2. It can be changed again once it is published back, or released by an area admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s offline copy of this meeting came back as a separate meeting, &quot;%2&quot;, because this one was changed while it was offline. Compare the two and keep what you need; then delete the copy, and this note goes with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a meeting is taken from the area&apos;s server to this laptop&apos;s own database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start taking the meeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already taken this meeting offline (at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take the meeting offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark the meeting as taken offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find the actions from last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start copying the meeting to this laptop: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read meeting %1 on the area&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note where the meeting came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy the actions from last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not copy the meeting to this laptop: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not mark the meeting as taken on the area&apos;s server, so it was not taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a meeting is published from this laptop&apos;s own database to the area&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find where the meeting came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a copy of an earlier meeting, there to show its actions from last time: it is not published (change those actions on the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this meeting was taken from another server (%1): publish it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no meeting %1 on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start publishing the meeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see whether the meeting changed meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed it at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published &quot;%1&quot;: the area&apos;s server holds your copy, with what you changed offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (offline copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed the meeting on the server while you had it offline (%1), so yours was not put over it: it was published beside it as &quot;%2&quot;, and the original says so to everyone who opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published &quot;%1&quot; to the area&apos;s server as a new meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the meeting back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note that the meeting came back as a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not publish the meeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the person who took meeting %1 offline, or an area admin, may release it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting %1 is not taken offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::OfflineActions</name>
    <message>
        <source>Ta&amp;ke offline to this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ublish to the area&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this meeting to this laptop&apos;s own database, to work on it without the server; others can read it meanwhile, and it comes back when you publish it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this meeting back to the area&apos;s server (a meeting made here goes as a new one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting was not taken offline: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken offline to this laptop. To work on it without the server, choose File → Connect, then This laptop&apos;s own file; publish it back from there with Meeting → Publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing needs the area&apos;s server: connect to it once with File → Connect, then come back to this laptop&apos;s file and publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting was not published: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting was not published: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::PasswordDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area&apos;s server %1 asks for your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area&apos;s server %1 asks for the password of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::PlainEnglishAssist</name>
    <message>
        <source>Suggestion (Ctrl+. to use it): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard words: %1 (Ctrl+. explains).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 words: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest sentences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the suggestion: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+. to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n long sentences.</source>
        <translation>
            <numerusform>%n long sentence.</numerusform>
            <numerusform>%n long sentences.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hard words</source>
        <translation>
            <numerusform>%n hard word</numerusform>
            <numerusform>%n hard words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n long sentences</source>
        <translation>
            <numerusform>%n long sentence</numerusform>
            <numerusform>%n long sentences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n easy-read slips</source>
        <translation>
            <numerusform>%n easy-read slip</numerusform>
            <numerusform>%n easy-read slips</numerusform>
        </translation>
    </message>
    <message>
        <source>Spelling to check: %1 (Ctrl+. corrects).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n spellings to check</source>
        <translation>
            <numerusform>%n spelling to check</numerusform>
            <numerusform>%n spellings to check</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change here: no hard words, long sentences or spellings to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” may be misspelt: no suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” may be misspelt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1” to the area&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::PollChart</name>
    <message>
        <source>The room&apos;s poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has been counted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one rung had the most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most chose %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people answered.</source>
        <translation>
            <numerusform>%n person answered.</numerusform>
            <numerusform>%n people answered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coproduce::PollTable</name>
    <message>
        <source>The room&apos;s poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people in each role put the activity on each rung. Type a number, or press plus and minus to count one at a time; Delete clears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of people: type a whole number from 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2: %n people</source>
        <translation>
            <numerusform>%1 on %2: %n person</numerusform>
            <numerusform>%1 on %2: %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coproduce::PresentationWindow</name>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coproduce presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Up, Left or Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Down, Right, Down or Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it sat on the ladder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room&apos;s poll: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings, 1 of 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll, 2 of 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::ProgressPage</name>
    <message>
        <source>The last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings from the point of view of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every point of view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ladder over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who comes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charter check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Were people heard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why some actions cannot be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::ReadAloud</name>
    <message>
        <source>Reading aloud needs a speech engine, and this computer has none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::ReadAloudActions</name>
    <message>
        <source>&amp;Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud what is selected, or the chosen card or activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voice, its speed and volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to read aloud: choose a charter card or an activity, or select some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voice for reading aloud…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::Readability</name>
    <message>
        <source>Nothing to score yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very easy to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairly easy to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairly hard to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very hard to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reading ease %2, school year %3 (age %4 and over)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::Retention</name>
    <message>
        <source>could not start deleting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 meetings deleted under the retention policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not delete the meetings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: deleted, but the file could not be compacted (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::RetentionDialog</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete old meetings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete backups?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the backups made before the meetings were deleted (%1)? Those older copies cannot be got back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting was held before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete these meetings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups made before now still hold them (%2), in %1. Delete them too if your policy says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n meetings held before %1, with everything in them? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the meeting held before %1, with everything in it? This cannot be undone.</numerusform>
            <numerusform>Delete %n meetings held before %1, with everything in them? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meetings were held before %1:</source>
        <translation>
            <numerusform>%n meeting was held before %1:</numerusform>
            <numerusform>%n meetings were held before %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete these %n meetings…</source>
        <translation>
            <numerusform>&amp;Delete this meeting…</numerusform>
            <numerusform>&amp;Delete these %n meetings…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n meetings; nothing of them is left in the database file.</source>
        <translation>
            <numerusform>Deleted %n meeting; nothing of it is left in the database file.</numerusform>
            <numerusform>Deleted %n meetings; nothing of them is left in the database file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n backups.</source>
        <translation>
            <numerusform>Deleted %n backup.</numerusform>
            <numerusform>Deleted %n backups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coproduce::RowCommand</name>
    <message>
        <source>delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::RowsModel</name>
    <message>
        <source>Empty. A suggestion to start from (F2, then Ctrl+.): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a date. Write it as %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::ServerSignIn</name>
    <message>
        <source>The server refused the password kept in this computer&apos;s keyring; it may have been changed. Type the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not opened: the server asks for a password, and none was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused that password. Check it and type it again; the area&apos;s IT team can set a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::SpeechDialog</name>
    <message>
        <source>The computer&apos;s own voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is how Coproduce reads aloud. Press F8 to hear what is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::SpellingMenu</name>
    <message>
        <source>&amp;Spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check spelling as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words that may be misspelt are underlined with a straight line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::StatusDialog</name>
    <message>
        <source>&amp;Why can it not be done? (needed, kept with today&apos;s date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (kept with today&apos;s date):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action that cannot be done must say why. Write the reason above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::SystemSpeech</name>
    <message>
        <source>Install speech-dispatcher with a voice, such as the Debian packages qt6-speech-speechd-plugin, speech-dispatcher and speech-dispatcher-espeak-ng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud needs a speech engine, and this computer has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech engine did not start (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech engine stopped (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::TeamRepository</name>
    <message>
        <source>a team needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a team called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the team &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no team called &quot;%1&quot; (see `coproduce team list`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a team member is named by their login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server has no login called &quot;%1&quot; (the area&apos;s admin makes one for each person: see the README)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change who is in the team &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the team &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no series called &quot;%1&quot; (see `coproduce meetings list`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the series &quot;%1&quot; to a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this meeting is in the series &quot;%1&quot;, which belongs to the team &quot;%2&quot;: only its members and the area&apos;s admins may change it, and %3 is not in the team. Nothing was changed; an area admin can add you to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can read this meeting but not change it: its series, &quot;%1&quot;, belongs to the team &quot;%2&quot;, and only the team&apos;s members and the area&apos;s admins change its meetings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::TextCheck</name>
    <message>
        <source>Easy read uses digits for numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy read avoids percentages: say &quot;1 in 4&quot;, &quot;half&quot; or &quot;most&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capitals for a whole word are hard to read: write acronyms out in full, and use bold to stress a word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One idea in each sentence: split the sentence here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a hard word: say “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a hard word: say “%2”. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has a plainer word: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sentence has %1 words: keep sentences to %2 words or fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: write “%2”. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” may be misspelt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” may be misspelt: did you mean “%2”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::WordRepository</name>
    <message>
        <source>Word %1 has no hard word: type the word to catch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no plain version: type what to say instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice: keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear the area&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the word &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not save the words: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be added: one word of up to 100 letters is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add &quot;%1&quot; to the area&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take &quot;%1&quot; out of the area&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::WordsDialog</name>
    <message>
        <source>Hard word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import hard words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coproduce words (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export hard words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard-words.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term or acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coproduce::WriterLock</name>
    <message>
        <source>another copy of Coproduce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another copy of Coproduce (process %1 on %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credits</name>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: cannot be opened read-only: there is no database there yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: needs upgrading before this version can show it, and it cannot be upgraded while another copy of Coproduce has it open; close that copy first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the database: the folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a folder, not a Coproduce database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is not a Coproduce database (it is not an SQLite database file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is not a Coproduce database (SQLite could not read it: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is not a Coproduce database (it is an SQLite database of another program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: was written by a newer version of Coproduce (database version %2; this version reads up to %3). Update Coproduce to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not upgraded, because the backup before the upgrade failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot start the upgrade to database version %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the upgrade to database version %2 (%3) failed: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot save the upgrade to database version %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot set up the connection: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot connect to the area&apos;s server: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate must prove its name before anything is sent to it (sslmode=verify-full). Ask the area&apos;s IT team for the certificate of the authority that signed it, and name that file with sslrootcert=FILE (or keep it as ~/.postgresql/root.crt); check that the address is the name on the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read which version of Coproduce&apos;s schema the server holds: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: holds no Coproduce data yet. The area&apos;s admin makes it once with `coproduce server init` (see README: setting up the area&apos;s server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: was made by a newer version of Coproduce (schema %2; this copy knows %3). Update this copy of Coproduce to use it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: holds an older schema (%2; this copy needs %3). The area&apos;s admin upgrades it with `coproduce server upgrade`; a copy of the app never changes the server by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already holds Coproduce&apos;s schema (version %2): nothing was changed. To bring it up to date: `coproduce server upgrade`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: holds no Coproduce schema to upgrade: make it with `coproduce server init`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server&apos;s schema could not be brought to version %2 (%3): %4. Nothing of that version was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the schema is there, but its groups (readers, facilitators, admins) could not be made: %2. The admin needs the right to create roles (CREATEROLE).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the meeting is called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the meeting, as day/month/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the meeting starts, as hours:minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 10:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the meeting ends, as hours:minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 12:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place, or how people join online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitat&amp;or:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who runs the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access needs to plan for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who told us what they need to take part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was invited: role, whether they came, how to credit them, access needs. Delete removes a person; Ctrl+Z puts them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name and press Enter to add them with the role chosen next to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person: type a name, press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of the person to add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>day/month/year, for example 24/12/2026</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentWriter</name>
    <message>
        <source>%1: cannot tell the format from the file name (expected .pdf, .html or .odt, or --format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a format (expected pdf, html or odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Install a font that has them (for Chinese, Japanese or Korean, Debian&apos;s fonts-noto-cjk; for other scripts, fonts-noto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no font on this computer can draw some of the letters of %2, so they show as empty boxes, and the PDF is not PDF/A (which needs every letter). %3, then write it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no font on this computer can draw some of the letters of %2, so they print as empty boxes. %3, then print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the ODT: the document&apos;s text could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the PDF: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coproduce</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EasyRead</name>
    <message>
        <source>This is an easy read summary of our meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a short summary of a long meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes of the meeting have everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We met on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We met from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We met at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We followed our charter: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we talked about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We talked about %1 things.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes list them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We talked about %1 things:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was decided at another meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we said we would do last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes say who will do each one, and by when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not everyone agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most groups said %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 said %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone said %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We did this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We did some of this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We have not done this yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We put %1 things on the ladder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1 of them, most groups said %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not everyone agreed about %1 of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are the steps most groups chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we worked together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ladder shows how we work together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 is the bottom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 7 is the top: everyone works together as equals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end we checked our charter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did we keep our promises?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We asked: were you heard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Were you heard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people came.</source>
        <translation>
            <numerusform>%n person came.</numerusform>
            <numerusform>%n people came.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n facilitators</source>
        <translation>
            <numerusform>%n facilitator</numerusform>
            <numerusform>%n facilitators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parent carers</source>
        <translation>
            <numerusform>%n parent carer</numerusform>
            <numerusform>%n parent carers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n young people</source>
        <translation>
            <numerusform>%n young person</numerusform>
            <numerusform>%n young people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n professionals</source>
        <translation>
            <numerusform>%n professional</numerusform>
            <numerusform>%n professionals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partners</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other people</source>
        <translation>
            <numerusform>%n other person</numerusform>
            <numerusform>%n other people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people could not come.</source>
        <translation>
            <numerusform>%n person could not come.</numerusform>
            <numerusform>%n people could not come.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>We made %n decisions.</source>
        <translation>
            <numerusform>We made %n decision.</numerusform>
            <numerusform>We made %n decisions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>We made %n more decisions.</source>
        <translation>
            <numerusform>We made %n more decision.</numerusform>
            <numerusform>We made %n more decisions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last time we said we would do %n things.</source>
        <translation>
            <numerusform>Last time we said we would do %n thing.</numerusform>
            <numerusform>Last time we said we would do %n things.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>We agreed %n things to do.</source>
        <translation>
            <numerusform>We agreed %n thing to do.</numerusform>
            <numerusform>We agreed %n things to do.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n things to do.</source>
        <translation>
            <numerusform>%n thing to do.</numerusform>
            <numerusform>%n things to do.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people said yes.</source>
        <translation>
            <numerusform>%n person said yes.</numerusform>
            <numerusform>%n people said yes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people said partly.</source>
        <translation>
            <numerusform>%n person said partly.</numerusform>
            <numerusform>%n people said partly.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people said no.</source>
        <translation>
            <numerusform>%n person said no.</numerusform>
            <numerusform>%n people said no.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EasyWords</name>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being done now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who: not decided yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is step %1 of 7 on the ladder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>means %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some words here are hard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is what they mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to know</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n are done.</source>
        <translation>
            <numerusform>%n is done.</numerusform>
            <numerusform>%n are done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are being done now.</source>
        <translation>
            <numerusform>%n is being done now.</numerusform>
            <numerusform>%n are being done now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be done.</source>
        <translation>
            <numerusform>%n cannot be done.</numerusform>
            <numerusform>%n cannot be done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are not started yet.</source>
        <translation>
            <numerusform>%n is not started yet.</numerusform>
            <numerusform>%n are not started yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When someone asks for their records to be erased, their name goes from every meeting. Where they came, the record says their role instead (&quot;Parent carer&quot;). Where their name was typed into notes, it becomes &quot;a parent carer&quot;. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the name is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep what they said, without their name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete what they said as well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase this person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete those backups…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;5 pages (a booklet) instead of A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &amp;publishing: name only the people who came in a professional role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent carers, young people and others are shown by their role only. Young people are never named in a published document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to save to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen change in full</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1: id: &quot;%2&quot; is a built-in charter, which an import cannot replace; give your charter an id of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--series: empty; expected the name of the series the meetings belong to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 on %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>is %1 MB; a Coproduce file of this kind is at most %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: not valid JSON (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object at the top level, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a field here (expected one of: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing (expected &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a newer or unknown version of the format (this version of Coproduce reads &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing (expected text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a NUL character (\u0000), which is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty (expected text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing (expected %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not %2 (expected one of: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid id (expected lower-case letters, digits and single hyphens, e.g. &quot;be-accountable&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing (expected a date, YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a time of day (HH:MM, 24-hour clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number of people (0 or more), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing (expected a list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(further problems not listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ladder</name>
    <message>
        <source>Doing to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People are seen as passive recipients. Services are designed for them and their views are not considered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doing for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People are asked their opinions and views but have limited influence over decisions that are made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doing with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involving people as equal partners from the start to the end of the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coercion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People have no say. They are made to go along with what others decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People are told about a service so that they accept it. What they think does not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People are told what is happening and why, but nobody asks what they think.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People are asked what they think, but others decide what to do with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People give their views and can shape some things, but others make the decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People help to design the work, but do not share every decision or the delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People are equal partners. They share power from the start to the end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LadderPane</name>
    <message>
        <source>The ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where this sat on the ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the ladder on the &amp;projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands up: how many people in each role put it on each rung? Type a number, or press + and - to count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the poll on the pro&amp;jector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LadderPicture</name>
    <message>
        <source>The ladder of co-production. Nobody rated this activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (rung %3 of 7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ladder of co-production. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doing with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LastTimePane</name>
    <message>
        <source>Actions from earlier meetings of this series that are still open, or that changed since the series last met. Tell the room what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions from last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change stat&amp;us…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database for changes, if the other copy has closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to the area&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charters (Ctrl+1), Series and meetings (Ctrl+2), Actions (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a new meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the open meeting&apos;s minutes as PDF, a web page or ODT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the open meeting&apos;s minutes, with a preview first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect to the area&apos;s server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the meetings are kept: this laptop&apos;s file or your area&apos;s shared server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Coproduce. Everything is already saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find meetings by any word in them, or actions by who does them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard &amp;words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area&apos;s own hard words: what they mean and what to say instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Series and meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;ogress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well the area co-produces over time: the ladder, actions, who comes, the charter check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bigger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show charter cards or the ladder full screen on the other screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or fold away the list of meetings, to give the open meeting the whole width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ull screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name in the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name recorded with every change you make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups and restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the backups, make one now, or put the database back as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a person&apos;s name from every record (the right to erasure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete old meetings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete meetings older than the area keeps them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Coproduce</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingCommand</name>
    <message>
        <source>made meeting “%1”
make meeting “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted meeting “%1”
delete meeting “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting could not be put back: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How easy the meeting&apos;s words are to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last change that could not be made, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changes this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details and people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tivities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions from &amp;last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charter chec&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingEdits</name>
    <message>
        <source>wait for the meeting&apos;s other changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this cannot be left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day (HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a count of people must be 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this cannot be changed here (a status changes with a dated note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start saving: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that is not part of the same meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a principle of this meeting&apos;s charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this at %2, since you last saw it; your change was not saved, so as not to overwrite theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this was changed somewhere else (another window?) since you last saw it; your change was not saved, so as not to overwrite it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this was deleted somewhere else (another window?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find the end of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make room in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read what is to be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was already deleted (in another window?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start deleting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not delete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start restoring: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make room to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore what was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore a link to what was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not restore: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start moving: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was deleted (in another window?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not move: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rung of the ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this rating was changed somewhere else (another window?); your change was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save the rating: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number of people (expected 0 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this count was changed somewhere else (another window?); your change was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save the count: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a score (yes, partly or not-yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this check was changed somewhere else (another window?); your change was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the charter check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save the charter check: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingFormat</name>
    <message>
        <source>&quot;%1&quot; is before the start, &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a charter in this database (see `coproduce charters list`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the id of a contribution in this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is checked twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice (give each person a name that tells them apart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a credit preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names a principle, but the meeting has no &quot;charter&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a principle of the charter &quot;%2&quot; (expected one of: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the id of a principle, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a role (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rung of the ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the id of another contribution already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an attendee of this meeting nor a role (expected an attendee&apos;s name, or one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the decision was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an action status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing: an action that cannot be done must say why (status is &quot;cannot-do&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <source>could not start saving the meeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find the meeting to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no meeting %1 to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear the meeting to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the attendee %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the principles of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the ladder ratings of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the ladder poll of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save what people said in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the decisions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the commitments of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the actions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the updates of an action in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an action answers the contribution &quot;%1&quot;, which is not in this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link an action to what it answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the charter check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save the meeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start deleting the meeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not delete the meeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Find meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds meetings by any word in their notes, what was said, decisions and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find (Ctrl+F): any words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first. Choose one to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New meeting… (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <source>Minutes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions from last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it sat on the ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room&apos;s poll: how many people put it on each rung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (made elsewhere and reported here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it cannot be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we did against the charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Were you heard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: %1. Partly: %2. No: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people not named</source>
        <translation>
            <numerusform>%n person not named</numerusform>
            <numerusform>%n people not named</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Series:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a series, or type a new one. Open actions carry over within a series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invite the people from the series&apos; last meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs fixing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Sign in to the area&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it in this computer&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s keyring keeps it locked with your sign-in to this computer; Coproduce never writes it anywhere else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs fixing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfFonts</name>
    <message>
        <source>the font “%1” could not be cut down to the letters used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlainWords</name>
    <message>
        <source>%1 is listed already, at %2: keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>special educational needs and disabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help for children and young people who find some things harder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>special educational needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child needs extra help to learn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education, Health and Care Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legal plan that says what help a child or young person must get.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>special educational needs co-ordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The teacher in a school who plans extra help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local authority (the council)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council for the area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child and Adolescent Mental Health Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS help for children&apos;s and young people&apos;s mental health.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>social, emotional and mental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs about feelings, friendships and mental health.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autism spectrum disorder (autism)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autism. It changes how a person sees, hears and feels the world.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autism spectrum condition (autism)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attention deficit hyperactivity disorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can make it hard to sit still or keep attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>educational psychologist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person who works out how a child learns best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speech and language therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help with talking, understanding and eating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occupational therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help to do everyday things, like writing or getting dressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent Provider of Special Education Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A charity that gives free legal advice about SEND.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEND Information, Advice and Support Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A free service that helps families with SEND questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designated Social Care Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person who links social care with SEND.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designated Clinical Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person who links health services with SEND.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designated Medical Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doctor who links health services with SEND.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SEND Code of Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules that councils and schools must follow for SEND.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SEND Tribunal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A court that decides when families and councils disagree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annual review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting once a year to check a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A website that lists the SEND help in the area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent carer forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group of parents and carers who work with the council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>children and young people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children and young people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speech, language and communication needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs with talking, listening or understanding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>specific learning difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A difficulty with one thing, like reading or maths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate learning difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning takes longer than for most children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profound and multiple learning difficulties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very great learning needs, often with other disabilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visual impairment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sight loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hearing impairment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multi-sensory impairment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sight loss and hearing loss together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alternative provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education away from a usual school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrated Care Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NHS group that plans health services in the area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department for Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part of government that runs education.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child looked after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child in the care of the council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child in need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child who needs help from social care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elective home education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents teach their child at home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money from the council so a family can buy its own support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person-centred planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning that starts with what matters to the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>augmentative and alternative communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ways to talk without speech, like pictures or devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>British Sign Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A language that uses hands, face and body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early Years Foundation Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning for children from birth to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National Health Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health service: doctors, nurses and hospitals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>education otherwise than at school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education for a child that does not happen at a school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing for Adulthood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help for young people to get ready for adult life.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEND Strategic Improvement Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group that plans how to make SEND services better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working together as equal partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone works together from the start to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>designing together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People help to plan the work together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>our promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promises we made about how we work together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking people what they think</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People are asked, but others decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a yearly check of a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for a family to rest while someone else cares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moving on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving from one school, service or stage of life to the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step-by-step help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A school tries help, checks it, and changes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>help or support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The help a child gets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required by law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something the law says must happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a court for SEND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>help to agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting with someone neutral to help people agree.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Ser&amp;ies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the meetings of the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the meetings of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last da&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPeriod</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>Progress across the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings from %1 to %2, counted by month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings from %1 to %2, counted by year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings from %1 to %2, counted by quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People are counted here, never named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings on the ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things people said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People at meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ladder over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The middle rung from each point of view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why some actions cannot be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who comes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charter check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each principle over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Were people heard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we are doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we are doing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is about our meetings from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We use a ladder to check how well we work with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has 7 steps. Step 7 is the best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 we were on step %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We did something about %1 of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said, we did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People came to our meetings %1 times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We asked: were you heard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 people said yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We need to do better at this: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>We had %n meetings.</source>
        <translation>
            <numerusform>We had %n meeting.</numerusform>
            <numerusform>We had %n meetings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>We agreed %n things to do.</source>
        <translation>
            <numerusform>We agreed %n thing to do.</numerusform>
            <numerusform>We agreed %n things to do.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are done.</source>
        <translation>
            <numerusform>%n is done.</numerusform>
            <numerusform>%n are done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are being done.</source>
        <translation>
            <numerusform>%n is being done.</numerusform>
            <numerusform>%n are being done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are not started yet.</source>
        <translation>
            <numerusform>%n is not started yet.</numerusform>
            <numerusform>%n are not started yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be done.</source>
        <translation>
            <numerusform>%n cannot be done.</numerusform>
            <numerusform>%n cannot be done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You told us %n things.</source>
        <translation>
            <numerusform>You told us %n thing.</numerusform>
            <numerusform>You told us %n things.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Young people came %n times.</source>
        <translation>
            <numerusform>A young person came %n time.</numerusform>
            <numerusform>Young people came %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people came for the first time.</source>
        <translation>
            <numerusform>%n person came for the first time.</numerusform>
            <numerusform>%n people came for the first time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressRepository</name>
    <message>
        <source>The dates are not a range: from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no series called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the progress numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressSentences</name>
    <message>
        <source>once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity was rated on the ladder in this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was %2 of %3 ratings %4 and %5 of %6 %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity was rated from more than one point of view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions were agreed in this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agreed: %2 done, %3 being done, %4 that cannot be done and %5 not started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action has been done yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing people said was written down in this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody came to a meeting in this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 were at meetings %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 were at meetings %2 %3 and %4 %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charter was not checked in this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No principle was marked “not yet”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was marked “not yet” most often: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was asked if they were heard in this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 people said they were heard %3 and %4 of %5 %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was %2 of %n ratings %3.</source>
        <translation>
            <numerusform>%1 was %2 of %n rating %3.</numerusform>
            <numerusform>%1 was %2 of %n ratings %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The points of view were 2 or more steps apart on %1 of %n activities.</source>
        <translation>
            <numerusform>The points of view were 2 or more steps apart on %1 of %n activity.</numerusform>
            <numerusform>The points of view were 2 or more steps apart on %1 of %n activities.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions were</source>
        <translation>
            <numerusform>%n action was</numerusform>
            <numerusform>%n actions were</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are late.</source>
        <translation>
            <numerusform>%n is late.</numerusform>
            <numerusform>%n are late.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Half of the done actions were done in %n days or less.</source>
        <translation>
            <numerusform>Half of the done actions were done in %n day or less.</numerusform>
            <numerusform>Half of the done actions were done in %n days or less.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n things people said got an action.</source>
        <translation>
            <numerusform>%1 of %n thing people said got an action.</numerusform>
            <numerusform>%1 of %n things people said got an action.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n people said they were heard %2.</source>
        <translation>
            <numerusform>%1 of %n person said they were heard %2.</numerusform>
            <numerusform>%1 of %n people said they were heard %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressSeriesOf</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not heard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressTableOf</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle rung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views 2 or more steps apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to get done (middle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people said that got an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access needs recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principle (yes / partly / not yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it cannot be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadAloudText</name>
    <message>
        <source>We decided: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing decided yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Delete old meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your area&apos;s policy says how long meeting records are kept. Meetings older than that are deleted with everything in them, and nothing of them is left in the database file. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep meetings for (&amp;years):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years to keep meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings that would be deleted, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete these meetings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &amp;those backups…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesChoices</name>
    <message>
        <source>Every series</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesRepository</name>
    <message>
        <source>add the series &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeechDialog</name>
    <message>
        <source>Reading aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F8 reads aloud what is selected, or the chosen card or activity; Shift+F8 stops. On the projector: R reads, S stops, A reads each page as it comes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;olume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the projector, read each card, rung or poll &amp;aloud as it comes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why nothing can be read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower to the left, faster to the right; the middle is the voice&apos;s usual speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower to the left, faster to the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quieter to the left, louder to the right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no spelling dictionary for %1 on this computer. Install one (for British English, the package hunspell-en-gb).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlHelpers</name>
    <message>
        <source>could not %1: someone else has been saving this meeting for more than 5 seconds. Nothing was changed; try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not %1: the server stopped it to let other people&apos;s changes to the same things through, again and again. Nothing was changed; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not %1: it belongs to a team you are not in, and only the team&apos;s members and the area&apos;s admins may change it. Nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not %1: no key came back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>marked an action %1
mark an action %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change the action&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (kept with today&apos;s date):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it cannot be saved yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Symbols</name>
    <message>
        <source>A meeting: people around a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking: two speech bubbles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision: a box with a tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things to do: a clipboard with a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who will do it, and by when: a person and a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started yet: a clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being done now: a circle half filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: a tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be done: a cross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to know: an open book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Were you heard? An ear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our charter: a page with a star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respect: a heart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working together: two joined rings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking and listening: a speech bubble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Honest and accountable: a shield with a tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths: a star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone can take part: an open door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A principle of our charter: a flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ladder with step 1 of 7 marked: Coercion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ladder with step 2 of 7 marked: Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ladder with step 3 of 7 marked: Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ladder with step 4 of 7 marked: Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ladder with step 5 of 7 marked: Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ladder with step 6 of 7 marked: Co-design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ladder with step 7 of 7 marked: Co-production</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>this window is read-only because another copy of Coproduce has the database open for changes. Nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change inside it failed, so none of it was kept (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is busy: another program, perhaps another copy of Coproduce, has been saving to it for more than 5 seconds. Nothing was changed; try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verbs</name>
    <message>
        <source>Use the database FILE, or the area&apos;s server (a PostgreSQL URI or keywords).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write JSON (see docs/formats.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV without the byte-order mark that spreadsheets need to read UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only actions still to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the series NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many years of meetings (1 to 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the document to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf, html or odt (else from the file name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The easy-read version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A5 pages (a booklet) instead of A4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For publishing: only people there in a professional role are named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings older than YEARS (1 to 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete what the person said, too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the meeting ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the person out of the team, or the series from the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop&apos;s own database FILE, for meetings taken offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the day DATE (yyyy-mm-dd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the day DATE (yyyy-mm-dd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count by month, quarter or year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the help, of a verb if one is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charters in the database: the built-in ones and the area&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A charter&apos;s principles and commitments (--json: coproduce-charter/1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a charter from a coproduce-charter/1 file, or replaces the one with its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a charter as a coproduce-charter/1 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every meeting, newest first, with its open actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a meeting from a coproduce-meeting/1 file and prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a meeting as a coproduce-meeting/1 file, readable by you alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes a meeting from the area&apos;s server (--database) to this laptop, to work on it without the server; others can read it meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts a meeting taken offline (ID on the laptop) back on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives back a taken meeting without publishing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series of meetings, with how many meetings each has had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The actions, soonest due first, with who owns them and why any cannot be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting&apos;s minutes, or its easy-read summary, as PDF, HTML or ODT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people said in a series and what was done about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well the area co-produces over time (the last 12 months by quarter unless told otherwise); --output writes the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area&apos;s own hard words and their plain English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds or replaces the area&apos;s hard words from a coproduce-words/1 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the area&apos;s hard words as a coproduce-words/1 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consistent copy of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts a backup back (the database as it is now is backed up first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity, schema and audit trail; exits 1 on a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole database as one coproduce-archive/1 file, to move machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads an archive in; meetings already here are left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists (or deletes, leaving no trace) the meetings older than YEARS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes a person&apos;s name out of every record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed what, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds realistic sample series and meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area&apos;s admin: makes Coproduce&apos;s schema on the area&apos;s PostgreSQL server (--database), with the built-in charters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area&apos;s admin: brings the server&apos;s schema up to this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area&apos;s teams, their members and their series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes a team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts a login in a team (or, with --remove, takes it out). On a server, only a team&apos;s members and the area&apos;s admins change its series&apos; meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives a series to a team (or, with --remove, back to the whole area).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave spelling out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check spelling against the dictionary LANG (en_GB unless given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting, or with --series the series&apos; meetings from today (or --from), as an iCalendar file (.ics) of invites that say what access to arrange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes a planned meeting in the series NAME for each meeting of an iCalendar file (.ics), such as one from a council&apos;s calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain-English scores and findings for a text (FILE, or - or nothing for standard input), spelling included; exits 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>the facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a parent carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent carers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My role only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave me out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made elsewhere, reported here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordsDialog</name>
    <message>
        <source>Hard words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words your area uses that people may not know. Coproduce marks them as you type and explains them in easy-read summaries, next to the built-in words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area&apos;s hard words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One word a row: the hard word, what to say instead, and what it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YouSaidWeDid</name>
    <message>
        <source>You said, we did: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who, by when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This series has no meetings yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every point made at the meeting of %1 on %2, and the actions that answered it, with their status today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions that cannot be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said, we did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is about the meetings of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We agreed to do something about %1 of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We have not done anything about this yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We did:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We agreed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our meeting on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a short version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full version lists everything you said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every point made at the %n meetings of %1 from %2 to %3, and the actions that answered it, with their status today.</source>
        <translation>
            <numerusform>Every point made at the %n meeting of %1 from %2 to %3, and the actions that answered it, with their status today.</numerusform>
            <numerusform>Every point made at the %n meetings of %1 from %2 to %3, and the actions that answered it, with their status today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>We met %n times.</source>
        <translation>
            <numerusform>We met %n time.</numerusform>
            <numerusform>We met %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You told us %n things.</source>
        <translation>
            <numerusform>You told us %n thing.</numerusform>
            <numerusform>You told us %n things.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>We agreed %n things to do about them.</source>
        <translation>
            <numerusform>We agreed %n thing to do about them.</numerusform>
            <numerusform>We agreed %n things to do about them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>coproduce: there is no display to open the window on. The commands still work:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coproduce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coproduce cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1 has this database open for changes. You can look, print and export here, but not change anything. Close the other copy, then choose Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still has the database open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

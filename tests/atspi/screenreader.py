# SPDX-License-Identifier: GPL-3.0-or-later
"""What a screen reader hears, read from the real app's AT-SPI tree and events (what Orca reads).

Run by tests/atspi/run inside its own session bus and virtual display, with the app already started on a
demo database. Keys are typed by xdotool, as a person would. Fails when a control the keyboard can reach
has no name, or when a focus event names something other than where the keyboard lands (a shortcut that
announces a tab on its way, a table cell announced while the keyboard stays in the entry line).
Every wait is for an event, bounded by a generous limit; none is for a fixed time.
"""
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

LIMIT = 60  # seconds to wait for any one thing: generous for a loaded machine under the sanitizers
context = GLib.MainContext.default()
events = []  # (kind, role, name) in the order the bus delivered them
problems = []


def on_event(event):
    if event.type.startswith('object:state-changed:focused'):
        kind = 'focus'
    elif event.type.startswith('object:state-changed:showing'):
        kind = 'showing'
    else:
        return
    if not event.detail1:
        return
    try:
        events.append((kind, event.source.getRoleName(), event.source.name or '', event.source))
    except Exception:  # the object went away before it could be read
        pass


# Focus only, at first: every widget that appears says "showing", and reading each one's role and name
# over the bus would hold back the focus events behind thousands of others.
pyatspi.Registry.registerEventListener(on_event, 'object:state-changed:focused')


def pump():
    while context.pending():
        context.iteration(False)


def wait_for(predicate, what, limit=LIMIT, quiet=False):
    """Dispatches events until predicate() holds; a problem (and None) if it does not within the limit."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        pump()
        found = predicate()
        if found:
            return found
        context.iteration(True) if context.pending() else time.sleep(0.02)
    if not quiet:
        problems.append('waited %d s for %s' % (limit, what))
    return None


def app():
    for candidate in pyatspi.Registry.getDesktop(0):
        if candidate is not None and candidate.name == 'coproduce':
            return candidate
    return None


START = time.monotonic()


def log(what):
    print('%6.1f s  %s' % (time.monotonic() - START, what), flush=True)


def press(keys):
    log('keys ' + keys)
    subprocess.run(['xdotool', 'key', '--clearmodifiers'] + keys.split(), check=True)


def open_from_menu(menu, letter, opened):
    """Opens a menu (alt+letter) and, once one of its items has the focus, chooses one by its letter, until
    opened() holds. A menu can close again as it opens while the window is still settling: then it is
    opened again (three tries)."""
    for _ in range(3):
        start = len(events)
        press(menu)
        # The menu's own title has the focus first, then its first item.
        if wait_for(lambda: len([e for e in focus_events(start) if e[1] == 'menu item']) >= 2,
                    'the menu %s to open' % menu, LIMIT / 3, quiet=True):
            press(letter)
            if wait_for(opened, 'what %s %s opens' % (menu, letter), LIMIT / 3, quiet=True):
                return
        press('Escape')


def type_text(text):
    subprocess.run(['xdotool', 'type', '--delay', '20', text], check=True)


def focus_events(start):
    return [e for e in events[start:] if e[0] == 'focus']


def lands(keys, role, name, why):
    """Presses keys; the first focus event after them must be the control named, in that role."""
    start = len(events)
    press(keys)
    got = wait_for(lambda: focus_events(start), 'a focus event after %s' % keys)
    if got and (got[0][1], got[0][2]) != (role, name):
        problems.append('%s (%s): the screen reader heard %s “%s” first, not %s “%s”' %
                        (keys, why, got[0][1], got[0][2], role, name))
    # Anything else announced on the way would show up before the landing one.
    wait_for(lambda: any((e[1], e[2]) == (role, name) for e in focus_events(start)),
             '%s “%s” to take the focus after %s' % (role, name, keys))
    return got[0][3] if got else None


def showing(obj):
    states = obj.getState()
    return states.contains(pyatspi.STATE_SHOWING) and states.contains(pyatspi.STATE_VISIBLE)


ITEMS = {'table cell', 'list item', 'tree item', 'menu item', 'page tab', 'table column header',
         'table row header', 'check menu item', 'radio menu item'}


def unnamed(root, where, found, depth=0):
    """Every focusable, showing control below root without a name (items are named by their text)."""
    if depth > 60 or not showing(root):
        return
    role = root.getRoleName()
    if root.getState().contains(pyatspi.STATE_FOCUSABLE) and role not in ITEMS:
        name = (root.name or '').strip()
        if not name or name in ('–', '-'):
            found.add('%s: %s without a name (%s)' % (where, role, root.description[:60]))
    if role in ('table', 'list', 'tree table', 'tree'):
        return  # its items are data, named by what they show
    for child in root:
        if child is not None:
            unnamed(child, where, found, depth + 1)


def focused(root, depth=0):
    if depth > 60 or not showing(root):
        return None
    if root.getState().contains(pyatspi.STATE_FOCUSED):
        return root
    for child in root:
        if child is not None:
            found = focused(child, depth + 1)
            if found:
                return found
    return None


def window_of(obj):
    while obj is not None and obj.parent is not None and obj.parent.getRoleName() != 'application':
        obj = obj.parent
    return obj


def main():
    application = wait_for(app, 'the app on the accessibility bus')
    if not application:
        return report()
    main_window = wait_for(lambda: next((w for w in application if w and w.getRoleName() == 'frame'
                                         and showing(w)), None), 'the main window')
    # The app may have taken the focus before this script listened: ask where it is.
    wait_for(lambda: focus_events(0) or focused(main_window), 'the first focus at start-up')
    found = set()

    # Every section, as the keyboard reaches it.
    for keys, section in (('ctrl+3', 'Actions'), ('ctrl+4', 'Progress'), ('ctrl+1', 'Charters'),
                          ('ctrl+2', 'Series and meetings')):
        start = len(events)
        press(keys)
        wait_for(lambda: focus_events(start), 'the focus to move into %s' % section)
        unnamed(main_window, section, found)

    # Every dialog the keyboard opens, each closed with Escape.
    for keys, dialog in (('ctrl+n', 'New meeting'), ('ctrl+e', 'Export'), ('ctrl+h', 'History'),
                         ('F1', 'Keyboard shortcuts'), ('alt+e w', 'Hard words'), ('alt+r b', 'Backups'),
                         ('alt+r e', 'Erase a person'), ('alt+r d', 'Delete old meetings'),
                         ('alt+f o', 'Connect to the area\'s server')):
        start = len(events)
        elsewhere = lambda: next((e[3] for e in focus_events(start) if window_of(e[3]) != main_window), None)
        if ' ' in keys:
            open_from_menu(*keys.split(), elsewhere)
        else:
            press(keys)
        opened = wait_for(elsewhere, 'the %s dialog' % dialog)
        if opened:
            unnamed(window_of(opened), dialog, found)
        start = len(events)
        press('Escape')
        wait_for(lambda: any(window_of(e[3]) == main_window for e in focus_events(start)),
                 'the focus back in the main window after closing %s' % dialog)
    problems.extend(sorted(found))

    # The documented shortcuts land where they say, and say only that (each from somewhere else).
    # Quick adds: the keyboard stays in the entry line, and so does what is announced.
    for keys, line, text in (('ctrl+shift+p', 'Add a person', 'Ada Lovelace'),
                             ('ctrl+shift+n', 'Add an activity', 'Opening the library'),
                             ('ctrl+shift+c', 'Add what someone said', 'Saturdays suit working parents'),
                             ('ctrl+shift+d', 'Add a decision', 'Open on Saturdays from January'),
                             ('ctrl+shift+k', 'Add a commitment', 'We will tell families first'),
                             ('ctrl+shift+a', 'Add an action', 'Ask the library for the keys')):
        lands(keys, 'text', line, 'the entry line')
        type_text(text)
        start = len(events)
        press('Return')
        # The row is there once a cell with its words is; then another shortcut moves the keyboard, and
        # nothing may have been announced in between.
        wait_for(lambda: find_cell(main_window, text), 'a row “%s”' % text)
        lands('ctrl+shift+o', 'text', 'Notes', 'after adding “%s”' % text)
        extra = [e for e in focus_events(start) if (e[1], e[2]) != ('text', 'Notes')]
        if extra:
            problems.append('adding “%s” from “%s” announced %s “%s” while the keyboard stayed in the line' %
                            (text, line, extra[0][1], extra[0][2]))
    lands('ctrl+shift+h', 'check box', 'Be accountable: Yes', 'the charter check')
    lands('ctrl+shift+b', 'table', 'Actions from last time', 'actions from last time')

    # The ladder: a value, not only words.
    ladder = lands('ctrl+shift+l', 'slider', 'Ladder of co-production', 'the ladder')
    value = None
    try:
        value = ladder.queryValue() if ladder is not None else None
    except NotImplementedError:
        problems.append('the ladder (%s) has no value' % ladder.getRoleName())
    if value is not None:
        pyatspi.Registry.registerEventListener(on_event, 'object:state-changed:showing')
        start = len(events)
        press('3')
        wait_for(lambda: value.currentValue == 3, 'the ladder’s value to be 3 after pressing 3')
        # Undo says what it did, as a notification.
        press('ctrl+z')
        said = wait_for(lambda: next((e for e in events[start:] if e[0] == 'showing'
                                      and e[1] == 'notification' and e[2].startswith('Undid: ')), None),
                        'a notification saying what undo did')
        if said and 'rated activity “Opening the library” for Facilitator' not in said[2]:
            problems.append('undo said “%s”' % said[2])
        wait_for(lambda: value.currentValue == 0, 'the ladder’s value to be 0 again after undo')
        pyatspi.Registry.deregisterEventListener(on_event, 'object:state-changed:showing')

    # Presentation mode: its buttons take the focus.
    lands('F5', 'filler', 'Presentation', 'presentation mode')
    start = len(events)
    press('Tab')
    button = wait_for(lambda: next((e for e in focus_events(start)), None), 'Tab to reach a button')
    if button and button[1] != 'push button':
        problems.append('Tab in presentation mode reached %s “%s”, not a button' % (button[1], button[2]))
    press('Escape')
    return report()


def find_cell(root, text, depth=0):
    if depth > 60:
        return None
    try:
        role = root.getRoleName()
        if role == 'table cell' and root.name == text:
            return root
        if role != 'table cell' and not showing(root):
            return None
        for child in root:
            if child is not None:
                found = find_cell(child, text, depth + 1)
                if found:
                    return found
    except Exception:
        return None
    return None


def report():
    for problem in problems:
        print('FAIL:', problem)
    print('%d problems' % len(problems))
    return 1 if problems else 0


if __name__ == '__main__':
    try:
        sys.exit(main())
    except Exception as error:  # say what was found before the script itself broke
        problems.append('the script stopped: %r' % error)
        sys.exit(report() or 1)

#!/usr/bin/python3
"""Parses an .ics file with python3-icalendar (a real RFC 5545 parser) and prints what it read as JSON,
so tst_icswriter can check every field against what Hindsight meant to write."""
import json
import sys

from icalendar import Calendar


def when(prop):
    value = prop.dt
    return {"iso": value.isoformat(), "utc": bool(value.tzinfo is not None and value.utcoffset().total_seconds() == 0)}


def main():
    with open(sys.argv[1], "rb") as f:
        cal = Calendar.from_ical(f.read())
    out = {
        "name": cal.name,
        "version": str(cal.get("VERSION")),
        "prodid": str(cal.get("PRODID")),
        "calscale": str(cal.get("CALSCALE")),
        "timezones": len(cal.walk("VTIMEZONE")),
        "events": [],
    }
    for ev in cal.walk("VEVENT"):
        alarms = []
        for alarm in ev.walk("VALARM"):
            alarms.append({
                "action": str(alarm.get("ACTION")),
                "trigger_seconds": alarm.get("TRIGGER").dt.total_seconds(),
                "description": str(alarm.get("DESCRIPTION")),
            })
        out["events"].append({
            "uid": str(ev.get("UID")),
            "dtstamp": when(ev.get("DTSTAMP")),
            "dtstart": when(ev.get("DTSTART")),
            "dtend": when(ev.get("DTEND")),
            "summary": str(ev.get("SUMMARY")),
            "description": str(ev.get("DESCRIPTION")),
            "alarms": alarms,
        })
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()

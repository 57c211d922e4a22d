"""Invariance (INV) and directional (DIR) templates, written from the tag definitions only.

INV: one frame filled with different places, actors, outlets, dates and
numbers; the predicted tag set must not change. Each INV template yields a
"within" group (one conflict, three fills) and an "across" group (three
conflicts whose actors fit the frame).

DIR: a base item and a modification that should raise ("up") or lower
("down") one tag's score. ``gold``/``gold2`` are the full gold sets of the base
and of the modified item.
"""

from __future__ import annotations

from typing import NamedTuple

from .lexicon import TRUCE_SIDES


class I(NamedTuple):
    key: str
    tag: str
    gold: str
    text: str
    title: str | None = None
    only: tuple[str, ...] | None = None


class D(NamedTuple):
    key: str
    tag: str
    direction: str  # "up" or "down"
    gold: str
    text: str
    title: str | None
    gold2: str
    text2: str
    title2: str | None
    only: tuple[str, ...] | None = None


INV = [
    I("jets_outskirts", "airstrike", "airstrike",
      "{Air} struck the outskirts of {place} on {day}, killing {n} people, according to {agency}.",
      "Jets strike {place} outskirts"),
    I("bakery", "airstrike", "airstrike",
      "An air raid on a bakery in {place} killed {n} people queuing for bread on {day}, {agency} said.",
      "Air raid hits bakery in {place}"),
    I("drone_house", "airstrike", "airstrike",
      "{Drone} targeted a house in {place} on {day}, {agency} reported, citing local officials."),
    I("drone_title", "airstrike", "airstrike",
      "The dead included a local commander, {agency} reported on {day}.",
      "Drone strike kills {n} near {place}"),
    I("car_bomb", "airstrike", "",
      "A car bomb killed {n} people outside a mosque in {place} on {day}, {agency} said."),
    I("artillery", "airstrike", "",
      "{Ground} pounded {place} with artillery and mortars on {day}, {agency} reported."),
    I("doctors_strike", "airstrike", "",
      "Doctors at public hospitals in {capital} went on strike on {day} to demand the payment of overdue salaries."),
    I("ship_missiles", "airstrike", "",
      "Cruise missiles launched from {ships} hit {place} on {day}, {agency} said."),
    I("roadside", "airstrike", "",
      "A roadside bomb hit a minibus near {place} on {day}, killing {n} passengers, {agency} said."),
    I("takes_hold", "ceasefire", "ceasefire",
      "A ceasefire between {pa} and {pb} took hold in {place} on {day}, {agency} reported.",
      "Ceasefire takes hold in {place}"),
    I("accusations", "ceasefire", "ceasefire",
      "{Opp} and {ground} traded accusations of violating the truce around {place} on {day}, {agency} said.",
      only=TRUCE_SIDES),
    I("expires", "ceasefire", "ceasefire",
      "The truce in {place} is due to expire at midnight on {day}, and neither side has said whether it will be extended."),
    I("violations_title", "ceasefire", "ceasefire",
      "Monitors said on {day} that {n} violations had been recorded since midnight.",
      "Truce violated in {place}"),
    I("proposal", "ceasefire", "ceasefire diplomacy",
      "{Mediator} presented a new ceasefire proposal to {pa} and {pb} on {day}, {agency} reported."),
    I("clashes_stop", "ceasefire", "",
      "Clashes between {ground} and {opp} in {place} stopped for several hours on {day} before resuming after nightfall, {agency} said."),
    I("handover", "ceasefire", "",
      "{Surrenderer} handed over {place} to {captor} on {day} after a siege that lasted {n} weeks, {agency} said."),
    I("trucks", "humanitarian", "humanitarian",
      "A convoy of {n} aid trucks entered {place} on {day}, {aid_org} said.",
      "Aid trucks enter {place}"),
    I("displaced", "humanitarian", "humanitarian",
      "About {n3} people have been displaced by the fighting around {place} since {day}, {agency} reported, citing UN figures."),
    I("water", "humanitarian", "humanitarian",
      "Water and electricity have been cut off in {place} for {n} days, and residents queue for hours at the few working wells, {agency} said."),
    I("no_beds", "humanitarian", "humanitarian",
      "The wounded from {place} are being treated in tents because the only hospital has no beds left, a doctor told {agency}."),
    I("flee_title", "humanitarian", "humanitarian",
      "Long lines of cars and carts headed out of {place} on {day} as {ground} advanced, {agency} reported.",
      "Thousands flee {place}"),
    I("hospital_sources", "humanitarian", "",
      "Clashes in {place} killed {n} people on {day}, {agency} said, citing hospital sources."),
    I("envoy_meets", "diplomacy", "diplomacy",
      "{Envoy} met senior officials in {capital} on {day} to discuss a political solution, {agency} reported.",
      "UN envoy meets officials in {capital}"),
    I("fm_travel", "diplomacy", "diplomacy",
      "{Fm} will travel to {partner_capital} on {day} for talks on the conflict, the ministry said."),
    I("unsc_condemns", "diplomacy", "diplomacy",
      "The Security Council condemned the attack on {place} in a statement issued on {day}."),
    I("un_ambassador", "diplomacy", "diplomacy",
      "The {adj} ambassador to the United Nations asked the Security Council on {day} to hold an emergency session on {place}."),
    I("villages_cleared", "diplomacy", "",
      "A military spokesman said on {day} that troops had cleared {n} villages around {place}, {agency} reported."),
    I("amnesty", "diplomacy", "",
      "Amnesty International accused {ground} of war crimes in {place} in a report published on {day}."),
    I("raids_and_talks", "airstrike", "airstrike diplomacy",
      "{Air} bombed {place} on {day} while delegations met in {venue} for talks on ending the war, {agency} said.",
      "Air strikes hit {place} as talks open in {venue}"),
    I("raids_flee", "humanitarian", "airstrike humanitarian",
      "Air strikes on {place} forced {n3} residents to flee their homes on {day}, {aid_org} said."),
    I("aid_truce", "ceasefire", "ceasefire humanitarian",
      "A truce in {place} held for a {nth} day on {day}, {agency} reported. "
      "Aid convoys used the lull to bring in food and medicine."),
    I("fuel_smugglers", "humanitarian", "",
      "Police in {capital} arrested {n} people suspected of smuggling fuel on {day}, {agency} said."),
]

DIR = [
    # --- airstrike
    D("bombed_to_shelled", "airstrike", "down",
      "airstrike", "{Air} bombed {place} on {day}, killing {n} people, {agency} reported.", None,
      "", "Artillery shelled {place} on {day}, killing {n} people, {agency} reported.", None),
    D("title_warplanes_to_mortars", "airstrike", "down",
      "airstrike", "Buildings collapsed in the centre of {place} on {day}, {agency} reported.", "Warplanes hit {place}",
      "", "Buildings collapsed in the centre of {place} on {day}, {agency} reported.", "Mortars hit {place}"),
    D("add_warplanes", "airstrike", "up",
      "", "Clashes between {ground} and {opp} continued near {place} on {day}, {agency} said.", None,
      "airstrike", "Clashes between {ground} and {opp} continued near {place} on {day}, {agency} said. "
      "Warplanes also struck targets on the edge of the town.", None),
    D("drone_to_roadside", "airstrike", "down",
      "airstrike", "A drone strike killed {n} people in a car near {place} on {day}, officials said.", None,
      "", "A roadside bomb killed {n} people in a car near {place} on {day}, officials said.", None),
    D("headline_to_background", "airstrike", "down",
      "airstrike", "{Air} bombed the central market in {place} on {day}, killing {n} people, {agency} said.",
      "Air strikes flatten {place} market",
      "", "Traders in {place} reopened the central market on {day}, rebuilt after it was destroyed in an air strike last year.", None),
    D("barrels_to_tanks", "airstrike", "down",
      "airstrike", "{Heli} dropped barrel bombs on {place} on {day}, destroying several houses, activists said.", None,
      "", "Tanks fired shells at {place} on {day}, destroying several houses, activists said.", None),
    D("warplanes_to_workers", "airstrike", "down",
      "airstrike", "Warplanes launched a strike on the main flour mill in {place} on {day}, {agency} said.", None,
      "", "Workers at the main flour mill in {place} launched a strike on {day}, {agency} said.", None),
    D("forces_to_aircraft", "airstrike", "up",
      "", "{Air_force} said on {day} its forces had destroyed {n} weapons depots in {region} this week.", None,
      "airstrike", "{Air_force} said on {day} its aircraft had destroyed {n} weapons depots in {region} in air strikes this week.", None),
    D("ships_to_warplanes", "airstrike", "up",
      "", "Cruise missiles fired from {ships} hit {place} on {day}, {agency} said.", None,
      "airstrike", "Missiles fired from warplanes hit {place} on {day}, {agency} said.", None),
    # --- ceasefire
    D("add_ceasefire", "ceasefire", "up",
      "", "{Ground} and {opp} exchanged fire near {place} on {day}, {agency} reported.", None,
      "ceasefire", "{Ground} and {opp} exchanged fire near {place} on {day}, {agency} reported. "
      "A ceasefire announced by both sides is due to take effect at midnight.", None,
      only=TRUCE_SIDES),
    D("truce_held_to_raged", "ceasefire", "down",
      "ceasefire", "The truce in {place} held on {day}, residents told {agency}.", None,
      "", "The fighting in {place} raged on {day}, residents told {agency}.", None),
    D("pause_to_ceasefire", "ceasefire", "up",
      "", "The fighting in {place} paused briefly overnight before resuming on {day}, {agency} said.", None,
      "ceasefire", "A ceasefire took effect in {place} overnight and held through {day}, {agency} said.", None),
    D("truce_headline_to_background", "ceasefire", "down",
      "ceasefire", "A truce covering {place} will take effect at midnight on {day}, {agency} reported.", "Truce agreed for {place}",
      "", "Residents of {place} buried {n} people on {day}, weeks after a truce in the area collapsed.", None),
    D("ceasefire_to_surrender", "ceasefire", "down",
      "ceasefire", "A ceasefire came into force in {place} on {day}, and both sides pulled heavy weapons back from the front line.", None,
      "", "{Surrenderer} in {place} surrendered on {day} and handed their heavy weapons to {captor}.", None),
    D("add_ceasefire_title", "ceasefire", "up",
      "", "Shops reopened in {place} on {day}, {agency} reported.", None,
      "ceasefire", "Shops reopened in {place} on {day}, {agency} reported.", "Ceasefire takes effect in {place}"),
    D("shelling_to_silence", "ceasefire", "up",
      "", "Shelling was reported around {place} overnight into {day}, the military said.", None,
      "ceasefire", "The regime of silence around {place} was violated by shelling overnight into {day}, the military said.", None,
      only=("syria", "ukraine")),
    D("evacuation_under_ceasefire", "ceasefire", "up",
      "humanitarian", "Buses evacuated {n2} civilians from {place} on {day} as the fighting went on.", None,
      "ceasefire humanitarian", "Buses evacuated {n2} civilians from {place} on {day}. "
      "A ceasefire agreed the night before had halted the fighting in the town.", None),
    # --- humanitarian
    D("add_aid_convoy", "humanitarian", "up",
      "", "{Ground} tightened their grip on {place} on {day}, {agency} reported.", None,
      "humanitarian", "{Ground} tightened their grip on {place} on {day}, {agency} reported. "
      "An aid convoy carrying flour and medicine reached the town later in the day.", None),
    D("military_to_aid_convoy", "humanitarian", "up",
      "", "A military convoy of {n} trucks entered {place} on {day}, {agency} said.", None,
      "humanitarian", "An aid convoy of {n} trucks carrying food entered {place} on {day}, {agency} said.", None),
    D("add_displaced", "humanitarian", "up",
      "", "Fighting intensified around {place} on {day}, {agency} reported.", None,
      "humanitarian", "Fighting intensified around {place} on {day}, {agency} reported. "
      "Thousands of families have fled to {displaced_to}, {aid_org} said.", None),
    D("shortages_to_toll", "humanitarian", "down",
      "humanitarian", "Hospitals in {place} have run out of blood and fuel after a week of fighting, doctors said on {day}.", None,
      "", "Fighting in {place} has killed {n2} people in a week, doctors said on {day}.", None),
    D("hospital_care_to_toll", "humanitarian", "down",
      "airstrike humanitarian", "An air strike hit a hospital in {place} on {day}, and doctors said they could no longer treat the wounded.", None,
      "airstrike", "An air strike hit a hospital in {place} on {day}, killing {n} people, {agency} said.", None),
    D("aid_headline_to_background", "humanitarian", "down",
      "humanitarian", "{Aid_org} delivered food and blankets to {n3} people in {place} on {day}.", "Aid reaches {place}",
      "", "{Ground} advanced into {place} on {day}, a month after the last aid delivery, {agency} said.", None),
    D("add_hunger", "humanitarian", "up",
      "", "{Ground} advanced on {place} on {day}, {agency} reported.", None,
      "humanitarian", "{Ground} advanced on {place} on {day}, {agency} reported. "
      "Residents say flour has run out and children are going hungry.", None),
    # --- diplomacy
    D("add_envoy_briefing", "diplomacy", "up",
      "", "Heavy fighting continued around {place} on {day}, {agency} reported.", None,
      "diplomacy", "Heavy fighting continued around {place} on {day}, {agency} reported. "
      "{Envoy} is due to brief the UN Security Council on the fighting later this week.", None),
    D("spokesman_to_fm_at_un", "diplomacy", "up",
      "", "An army spokesman told reporters on {day} that the attack on {place} would not go unanswered.", None,
      "diplomacy", "{Fm} told the UN Security Council on {day} that the attack on {place} would not go unanswered.", None),
    D("ngo_to_secretary_general", "diplomacy", "up",
      "", "Human Rights Watch called on {day} for an independent investigation into the attack on {place}.", None,
      "diplomacy", "The UN Secretary-General called on {day} for an independent investigation into the attack on {place}.", None),
    D("fm_talks_to_interior", "diplomacy", "down",
      "diplomacy", "{Fm} held talks with his {partner_adj} counterpart in {partner_capital} on {day}.", None,
      "", "{Country}'s interior minister held talks with police chiefs in {capital} on {day}.", None,
      only=("syria", "ukraine", "yemen", "sudan", "iraq", "libya", "afghanistan", "somalia", "myanmar")),
    D("envoy_headline_to_background", "diplomacy", "down",
      "diplomacy", "{Envoy} held talks with officials in {capital} on {day} on reviving negotiations.", "UN envoy in {capital} for talks",
      "", "{Ground} shelled {place} on {day}, a day after a UN envoy visited {capital}, {agency} reported.", None),
    D("tv_to_letter", "diplomacy", "up",
      "", "A senior official in {capital} accused {ground} of war crimes in a television interview on {day}.", None,
      "diplomacy", "A senior official in {capital} accused {ground} of war crimes in a letter to the UN Security Council on {day}.", None,
      only=("gaza", "ukraine", "yemen", "sudan", "iraq", "libya", "afghanistan", "somalia")),
    D("election_to_summit", "diplomacy", "up",
      "", "Campaigning for parliamentary elections opened in {capital} on {day}, {agency} reported.", None,
      "diplomacy", "Regional leaders opened a summit on the war in {country} in {venue} on {day}, {agency} reported.", None,
      only=("ukraine", "iraq", "afghanistan", "somalia", "libya")),
]

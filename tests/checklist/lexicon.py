"""Fill-in lexicons for the CheckList suite: one entry per conflict.

Every value was written by hand from general knowledge of each war (who flies
aircraft, who fires artillery, where talks are held); nothing here comes from
the tagger's training data or lexicon. A value of ``None`` means the slot does
not fit that conflict, and templates that need it skip the conflict.
"""

from __future__ import annotations

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ORDINALS = ["second", "third", "fourth", "fifth", "sixth"]
# Small, medium and large numbers, cycled deterministically by variant.
SMALL = [4, 7, 9, 12, 15, 18, 23, 27, 31, 6, 11]
MEDIUM = [40, 55, 85, 120, 150, 210, 64, 95, 300, 72]
LARGE = ["3,000", "12,000", "45,000", "8,500", "20,000", "100,000", "65,000"]
WIRES = ["Reuters", "AFP", "the Associated Press", "Anadolu", "Xinhua", "Al Jazeera", "the BBC"]

CONFLICTS: dict[str, dict] = {
    "syria": dict(
        rival_adj=None,
        country="Syria", adj="Syrian",
        places=["Idlib", "Aleppo", "Douma", "Maarat al-Numan", "Deir ez-Zor", "Hama"],
        region="Idlib province",
        air="Syrian and Russian warplanes", air_force="the Russian defence ministry",
        heli="government helicopters", drone="Turkish drones",
        ground="government forces", opp="rebel fighters",
        pa="the Syrian government", pb="rebel factions",
        mediator="Russia and Turkey", venue="Astana", envoy="the UN special envoy for Syria",
        capital="Damascus", fm="Syria's foreign minister",
        partner_adj="Russian", partner_capital="Moscow",
        aid_org="the World Food Programme", siege="Eastern Ghouta",
        displaced_to="camps near the Turkish border", outlets=["SANA", "Reuters", "AFP"],
        ships="Russian warships in the Caspian Sea",
        surrenderer="rebel fighters", captor="government forces",
        silence=True, local_deal=True, mission=None,
    ),
    "gaza": dict(
        rival_adj=None,
        country="Gaza", adj="Palestinian",
        places=["Gaza City", "Khan Younis", "Rafah", "Jabalia", "Deir al-Balah", "Beit Lahiya"],
        region="the Gaza Strip",
        air="Israeli warplanes", air_force="the Israeli military",
        heli=None, drone="Israeli drones",
        ground="Israeli forces", opp="Hamas fighters",
        pa="Israel", pb="Hamas",
        mediator="Egypt and Qatar", venue="Cairo", envoy="the UN Middle East peace envoy",
        capital="Ramallah", fm="Egypt's foreign minister",
        partner_adj="Qatari", partner_capital="Doha",
        aid_org="UNRWA", siege="northern Gaza",
        displaced_to="tents in al-Mawasi", outlets=["Wafa", "Reuters", "the Associated Press"],
        ships=None, surrenderer=None, captor=None,
        silence=False, local_deal=False, mission=None,
    ),
    "ukraine": dict(
        rival_adj="Hungarian",
        country="Ukraine", adj="Ukrainian",
        places=["Kharkiv", "Zaporizhzhia", "Kramatorsk", "Dnipro", "Pokrovsk", "Sumy"],
        region="eastern Ukraine",
        air="Russian warplanes", air_force="the Russian defence ministry",
        heli=None, drone="Russian Shahed drones",
        ground="Russian forces", opp="Ukrainian troops",
        pa="Russia", pb="Ukraine",
        mediator="Turkey and the United Nations", venue="Istanbul", envoy="the US special envoy",
        capital="Kyiv", fm="Ukraine's foreign minister",
        partner_adj="Turkish", partner_capital="Ankara",
        aid_org="the International Committee of the Red Cross", siege="Mariupol",
        displaced_to="Poland", outlets=["Ukrinform", "Reuters", "AFP"],
        ships="Russian warships in the Black Sea",
        surrenderer=None, captor=None,
        silence=True, local_deal=False, mission=None,
    ),
    "yemen": dict(
        rival_adj=None,
        country="Yemen", adj="Yemeni",
        places=["Sanaa", "Hodeidah", "Taiz", "Marib", "Saada", "Hajjah"],
        region="Hodeidah province",
        air="Saudi-led coalition warplanes", air_force="the Saudi-led coalition",
        heli=None, drone="US drones",
        ground="Houthi fighters", opp="government-backed forces",
        pa="the Saudi-led coalition", pb="the Houthis",
        mediator="the United Nations", venue="Stockholm", envoy="the UN envoy for Yemen",
        capital="Aden", fm="Yemen's foreign minister",
        partner_adj="Omani", partner_capital="Muscat",
        aid_org="UNICEF", siege="Taiz",
        displaced_to="camps around Marib", outlets=["Saba", "Reuters", "Al Jazeera"],
        ships="US warships in the Red Sea",
        surrenderer=None, captor=None,
        silence=False, local_deal=False, mission="the UN mission to support the Hodeidah agreement",
    ),
    "sudan": dict(
        rival_adj="Kenyan",
        country="Sudan", adj="Sudanese",
        places=["Khartoum", "Omdurman", "El Fasher", "Nyala", "Wad Madani", "El Obeid"],
        region="North Darfur",
        air="Sudanese army warplanes", air_force="the Sudanese army",
        heli="army Antonov aircraft", drone="RSF drones",
        ground="the Rapid Support Forces", opp="the army",
        pa="the army", pb="the Rapid Support Forces",
        mediator="Saudi Arabia and the United States", venue="Jeddah",
        envoy="the UN personal envoy for Sudan",
        capital="Port Sudan", fm="Sudan's foreign minister",
        partner_adj="Egyptian", partner_capital="Cairo",
        aid_org="the World Food Programme", siege="El Fasher",
        displaced_to="Chad", outlets=["SUNA", "Reuters", "AFP"],
        ships=None, surrenderer=None, captor=None,
        silence=False, local_deal=False, mission=None,
    ),
    "iraq": dict(
        rival_adj="Turkish",
        country="Iraq", adj="Iraqi",
        places=["Mosul", "Fallujah", "Ramadi", "Tikrit", "Hawija", "Baiji"],
        region="Anbar province",
        air="US-led coalition aircraft", air_force="the US-led coalition",
        heli="Iraqi army helicopters", drone="US drones",
        ground="Iraqi forces", opp="Islamic State militants",
        pa="Baghdad", pb="Kurdish Peshmerga forces",
        mediator="the United States", venue="Baghdad", envoy="the UN envoy for Iraq",
        capital="Baghdad", fm="Iraq's foreign minister",
        partner_adj="Iranian", partner_capital="Tehran",
        aid_org="the UN refugee agency", siege="Fallujah",
        displaced_to="camps in the Kurdistan region", outlets=["INA", "Reuters", "the Associated Press"],
        ships=None, surrenderer="Islamic State militants", captor="Iraqi forces",
        silence=False, local_deal=False, mission="the UN assistance mission in Iraq",
    ),
    "libya": dict(
        rival_adj="Russian",
        country="Libya", adj="Libyan",
        places=["Tripoli", "Misrata", "Sirte", "Gharyan", "Tarhuna", "Zawiya"],
        region="southern Tripoli",
        air="warplanes loyal to Khalifa Haftar", air_force="Haftar's Libyan National Army",
        heli=None, drone="Turkish-made drones",
        ground="Haftar's forces", opp="forces of the Tripoli government",
        pa="the Tripoli government", pb="Haftar's eastern forces",
        mediator="the United Nations", venue="Geneva", envoy="the UN envoy for Libya",
        capital="Tripoli", fm="Libya's foreign minister",
        partner_adj="Italian", partner_capital="Rome",
        aid_org="the International Organization for Migration", siege="Derna",
        displaced_to="Tunisia", outlets=["LANA", "Reuters", "AFP"],
        ships=None, surrenderer=None, captor=None,
        silence=False, local_deal=False, mission="the UN support mission in Libya",
    ),
    "afghanistan": dict(
        rival_adj="Pakistani",
        country="Afghanistan", adj="Afghan",
        places=["Kunduz", "Ghazni", "Kandahar", "Lashkar Gah", "Jalalabad", "Farah"],
        region="Helmand province",
        air="Afghan air force jets", air_force="the Afghan defence ministry",
        heli="Afghan army helicopters", drone="US drones",
        ground="Taliban fighters", opp="Afghan security forces",
        pa="the Afghan government", pb="the Taliban",
        mediator="Qatar", venue="Doha", envoy="the UN envoy for Afghanistan",
        capital="Kabul", fm="Afghanistan's foreign minister",
        partner_adj="Pakistani", partner_capital="Islamabad",
        aid_org="the World Food Programme", siege=None,
        displaced_to="Kabul", outlets=["Tolo News", "Reuters", "AFP"],
        ships=None, surrenderer=None, captor=None,
        silence=False, local_deal=False, mission="the UN assistance mission in Afghanistan",
    ),
    "somalia": dict(
        rival_adj="Ethiopian",
        country="Somalia", adj="Somali",
        places=["Mogadishu", "Kismayo", "Baidoa", "Beledweyne", "Galkayo", "Jowhar"],
        region="Lower Shabelle",
        air="US military aircraft", air_force="the US Africa Command",
        heli=None, drone="US drones",
        ground="al-Shabaab militants", opp="Somali government troops",
        pa="Puntland", pb="Galmudug",
        mediator="the African Union", venue="Addis Ababa", envoy="the UN envoy for Somalia",
        capital="Mogadishu", fm="Somalia's foreign minister",
        partner_adj="Kenyan", partner_capital="Nairobi",
        aid_org="the World Food Programme", siege="Baidoa",
        displaced_to="camps around Mogadishu", outlets=["SONNA", "Reuters", "the Associated Press"],
        ships=None, surrenderer=None, captor=None,
        silence=False, local_deal=False, mission="the UN mission in Somalia",
    ),
    "myanmar": dict(
        rival_adj=None,
        country="Myanmar", adj="Burmese",
        places=["Lashio", "Laukkai", "Myawaddy", "Hpakant", "Mindat", "Loikaw"],
        region="northern Shan state",
        air="Myanmar military jets", air_force="the military government",
        heli="army helicopters", drone="military drones",
        ground="junta troops", opp="ethnic armed groups",
        pa="the military", pb="the Three Brotherhood Alliance",
        mediator="China", venue="Kunming", envoy="the UN special envoy on Myanmar",
        capital="Naypyitaw", fm="Myanmar's foreign minister",
        partner_adj="Chinese", partner_capital="Beijing",
        aid_org="the World Food Programme", siege=None,
        displaced_to="Thailand", outlets=["The Irrawaddy", "Reuters", "AFP"],
        ships=None, surrenderer="junta troops", captor="ethnic armed groups",
        silence=False, local_deal=False, mission=None,
    ),
}

CONFLICT_NAMES = list(CONFLICTS)
# Conflicts where a truce between the `ground` and `opp` actors is plausible
# (not Islamic State in Iraq, not al-Shabaab in Somalia).
TRUCE_SIDES = tuple(c for c in CONFLICT_NAMES if c not in ("iraq", "somalia"))


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def slots(conflict: str, variant: int) -> dict:
    """Slot values for one conflict; ``variant`` picks places, outlets, numbers and days."""
    lex = CONFLICTS[conflict]
    v = variant
    places = lex["places"]
    outlets = lex["outlets"] + WIRES
    out = {k: val for k, val in lex.items() if not isinstance(val, (list, bool))}
    out.update(
        place=places[v % len(places)],
        place2=places[(v + 2) % len(places)],
        agency=outlets[v % len(outlets)],
        agency2=outlets[(v + 3) % len(outlets)],
        day=DAYS[(3 * v) % 7],
        n=SMALL[v % len(SMALL)],
        n2=MEDIUM[v % len(MEDIUM)],
        n3=LARGE[v % len(LARGE)],
        nth=ORDINALS[v % len(ORDINALS)],
        hours=[24, 48, 72][v % 3],
    )
    for key, val in list(out.items()):
        if isinstance(val, str):
            out[_cap(key)] = _cap(val)
    return out


def needs(template: str) -> set[str]:
    """Slot names a template uses (lower-cased)."""
    import string

    return {name.lower() for _, name, _, _ in string.Formatter().parse(template) if name}


def compatible(conflict: str, *texts: str | None) -> bool:
    """True when every slot the texts use has a value for this conflict."""
    lex = CONFLICTS[conflict]
    for text in texts:
        if not text:
            continue
        for name in needs(text):
            if name in lex and lex[name] is None:
                return False
    return True

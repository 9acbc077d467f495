"""The statutory SSDA903 code lists (the looked-after children return), with plain labels.

Kindred stores these codes as councils already hold them, so data can be imported from and
reconciled with the return.
"""

from types import MappingProxyType

SEX = MappingProxyType({"1": "Male", "2": "Female"})

ETHNICITY = MappingProxyType(
    {
        "WBRI": "White British",
        "WIRI": "White Irish",
        "WIRT": "Traveller of Irish heritage",
        "WOTH": "Any other White background",
        "WROM": "Gypsy/Roma",
        "MWBC": "White and Black Caribbean",
        "MWBA": "White and Black African",
        "MWAS": "White and Asian",
        "MOTH": "Any other mixed background",
        "AIND": "Indian",
        "APKN": "Pakistani",
        "ABAN": "Bangladeshi",
        "AOTH": "Any other Asian background",
        "BCRB": "Caribbean",
        "BAFR": "African",
        "BOTH": "Any other Black background",
        "CHNE": "Chinese",
        "OOTH": "Any other ethnic group",
        "REFU": "Refused",
        "NOBT": "Information not yet obtained",
    }
)

LEGAL_STATUS = MappingProxyType(
    {
        "C1": "Interim care order",
        "C2": "Full care order",
        "D1": "Freeing order granted",
        "E1": "Placement order granted",
        "V2": "Single period of accommodation under section 20",
        "V3": "Accommodated under an agreed series of short-term breaks (single placements)",
        "V4": "Accommodated under an agreed series of short-term breaks (multiple placements)",
        "L1": "Under police protection and in local authority accommodation",
        "L2": "Emergency protection order",
        "L3": "Under child assessment order and in local authority accommodation",
        "J1": "Remanded to local authority accommodation or youth detention accommodation",
        "J2": "Placed in local authority accommodation under the Police and Criminal Evidence Act",
        "J3": "Sentenced to a youth rehabilitation order with residence or fostering requirement",
    }
)

PLACEMENT_TYPE = MappingProxyType(
    {
        "U1": "Foster placement with relative or friend, long-term fostering",
        "U2": "Foster placement with relative or friend who is also an approved adopter",
        "U3": "Foster placement with relative or friend, not long-term or FFA",
        "U4": "Foster placement with other foster carer, long-term fostering",
        "U5": "Foster placement with other foster carer who is also an approved adopter",
        "U6": "Foster placement with other foster carer, not long-term or FFA",
        "K1": "Secure children's home",
        "K2": "Children's home",
        "R1": "Residential care home",
        "H5": "Semi-independent living accommodation",
        "P1": "Placed with own parent(s) or person with parental responsibility",
        "P2": "Independent living",
        "A3": "Placed for adoption with parental consent with current foster carer",
        "A4": "Placed for adoption with parental consent, not with current foster carer",
        "A5": "Placed for adoption with placement order with current foster carer",
        "A6": "Placed for adoption with placement order, not with current foster carer",
        "S1": "Residential school",
        "R2": "NHS or health trust or other establishment providing medical or nursing care",
        "Z1": "Other placement",
    }
)

RESIDENTIAL_PLACEMENT_TYPES = frozenset({"K1", "K2", "R1", "H5"})
"""Placements the step-down finder looks at: could a family meet this child's needs?"""

PLACEMENT_PROVIDER = MappingProxyType(
    {
        "PR0": "Parent or other person with parental responsibility",
        "PR1": "Own local authority",
        "PR2": "Other local authority",
        "PR3": "Other public provision",
        "PR4": "Private provision",
        "PR5": "Voluntary or third sector provision",
    }
)

REASON_PLACEMENT_CHANGE = MappingProxyType(
    {
        "CARPL": "Change to the care plan",
        "CLOSE": "Placement closed by the provider",
        "ALLEG": "Allegation against the carer",
        "STAND": "Standards of care concern",
        "APPRR": "Carer's approval changed",
        "CREQB": "Carer requested the end (behaviour of the child)",
        "CREQO": "Carer requested the end (other reasons)",
        "CHILD": "The child requested the change",
        "LAREQ": "Local authority requested the change",
        "PLACE": "Change of placement type",
        "CUSTOD": "Child in custody",
        "OTHER": "Other",
    }
)

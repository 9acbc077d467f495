"""The public face of placements for other modules (ADR 0014): the placements table of an
export, and postcodes placed on the map in bulk (SSDA903 imports).
"""

from kindred.modules.placements.export import placements_table
from kindred.modules.placements.places import PlacedPostcode, place_postcodes

__all__ = ["PlacedPostcode", "place_postcodes", "placements_table"]

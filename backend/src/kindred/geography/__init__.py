"""Places: UK postcodes to grid coordinates, from the ONS Postcode Directory."""

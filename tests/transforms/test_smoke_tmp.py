import transforms
from transforms.decode import decode_bytes


def test_x() -> None:
    print(__name__, transforms.__file__)
    assert decode_bytes(b"a").text == "a"

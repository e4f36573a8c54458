"""Reference data that travels in the package: the CBS tables of every Dutch municipality and
the scaffold of a new workspace built from them."""

"""The thin Qt layer: widgets that present the core and forward what the user asks for."""

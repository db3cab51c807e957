"""Small shared widgets: SoC gauge, value tiles, warning lights, cell grid / heat map, flow arrows."""

"""The lint engine: findings with character-offset spans and suggestions made of edits."""

-- Which part of the classifier made a label (taxonomy v13 on): 'rules' (the taxonomy's phrases in the plan's
-- context) or 'model' (the learned task model added it, or lifted the rules' score over the threshold).
-- Labels stored before this migration were all made by the rules.
ALTER TABLE article_labels ADD COLUMN method VARCHAR DEFAULT 'rules';
UPDATE article_labels SET method = 'rules' WHERE method IS NULL;

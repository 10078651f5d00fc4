-- qms template fingerprint: 66d761f61a0e1ff513bfda9e6ea7f78d85dfed002045b231cf54b5ff3a512730
--
-- PostgreSQL database dump
--


-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: pg_trgm; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;


--
-- Name: EXTENSION pg_trgm; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION pg_trgm IS 'text similarity measurement and index searching based on trigrams';


--
-- Name: _pgh_attach_context(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public._pgh_attach_context() RETURNS uuid
    LANGUAGE plpgsql
    AS $$
                    DECLARE
                        _pgh_context_id UUID;
                        _pgh_context_metadata JSONB;
                    BEGIN
                        BEGIN
                            SELECT INTO _pgh_context_id
                                CURRENT_SETTING('pghistory.context_id');
                            SELECT INTO _pgh_context_metadata
                                CURRENT_SETTING('pghistory.context_metadata');
                            EXCEPTION WHEN OTHERS THEN
                        END;
                        IF _pgh_context_id IS NOT NULL AND _pgh_context_metadata IS NOT NULL THEN
                            INSERT INTO pghistory_context (id, metadata, created_at, updated_at)
                                VALUES (_pgh_context_id, _pgh_context_metadata, NOW(), NOW())
                                ON CONFLICT (id) DO UPDATE
                                    SET metadata = EXCLUDED.metadata,
                                        updated_at = EXCLUDED.updated_at
                                    WHERE pghistory_context.metadata != EXCLUDED.metadata;
                            RETURN _pgh_context_id;
                        ELSE
                            RETURN NULL;
                        END IF;
                    END;
                $$;


--
-- Name: _pgtrigger_should_ignore(name); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public._pgtrigger_should_ignore(trigger_name name) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
                DECLARE
                    _pgtrigger_ignore TEXT[];
                    _result BOOLEAN;
                BEGIN
                    BEGIN
                        SELECT INTO _pgtrigger_ignore
                            CURRENT_SETTING('pgtrigger.ignore');
                        EXCEPTION WHEN OTHERS THEN
                    END;
                    IF _pgtrigger_ignore IS NOT NULL THEN
                        SELECT trigger_name = ANY(_pgtrigger_ignore)
                        INTO _result;
                        RETURN _result;
                    ELSE
                        RETURN FALSE;
                    END IF;
                END;
            $$;


--
-- Name: deviation_tally_deleted(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.deviation_tally_deleted() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
        BEGIN
            INSERT INTO deviations_deviationtally
    (unit_id, subtree, kind, month, status, category_id, is_confidential, count, seconds)
        WITH s AS MATERIALIZED (SELECT -1 AS sign, unit_id, status, category_id, is_confidential, created_at, closed_at FROM old_rows),
        k AS MATERIALIZED (
            SELECT s.unit_id, k.kind, k.month, k.status, k.category_id, s.is_confidential,
                   sum(s.sign) AS n, sum(s.sign * k.seconds) AS seconds
            FROM s CROSS JOIN LATERAL (VALUES
                ('open', NULL::date, s.status, NULL::bigint, 0::float8,
                 s.status NOT IN ('closed', 'dismissed')),
                ('new', date_trunc('month', s.created_at AT TIME ZONE 'Europe/Stockholm')::date, '',
                 s.category_id, 0::float8, true),
                ('closed', date_trunc('month', s.closed_at AT TIME ZONE 'Europe/Stockholm')::date, '',
                 NULL::bigint, extract(epoch FROM s.closed_at - s.created_at)::float8,
                 s.status = 'closed' AND s.closed_at IS NOT NULL)
            ) AS k (kind, month, status, category_id, seconds, applies)
            WHERE k.applies
            GROUP BY 1, 2, 3, 4, 5, 6
        ),
        anc AS MATERIALIZED (
            SELECT u.id AS unit_id, a.id AS ancestor_id
            FROM (SELECT DISTINCT unit_id FROM k) d
            JOIN qms_organisationunit u ON u.id = d.unit_id
            CROSS JOIN LATERAL generate_series(1, length(u.path) / 4) g
            JOIN qms_organisationunit a ON a.path = left(u.path, 4 * g)
        )
        SELECT c.unit_id, c.subtree, c.kind, c.month, c.status, c.category_id,
               c.is_confidential, sum(c.n)::integer, sum(c.seconds)
        FROM (
            SELECT anc.ancestor_id AS unit_id, true AS subtree, k.kind, k.month, k.status,
                   k.category_id, k.is_confidential, k.n, k.seconds
            FROM k JOIN anc ON anc.unit_id = k.unit_id
            UNION ALL
            SELECT k.unit_id, false, 'new', k.month, '', NULL, k.is_confidential, k.n, 0
            FROM k WHERE k.kind = 'new'
        ) c
        GROUP BY 1, 2, 3, 4, 5, 6, 7
        HAVING sum(c.n) <> 0
    ;
            RETURN NULL;
        END $$;


--
-- Name: deviation_tally_inserted(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.deviation_tally_inserted() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
        BEGIN
            INSERT INTO deviations_deviationtally
    (unit_id, subtree, kind, month, status, category_id, is_confidential, count, seconds)
        WITH s AS MATERIALIZED (SELECT 1 AS sign, unit_id, status, category_id, is_confidential, created_at, closed_at FROM new_rows),
        k AS MATERIALIZED (
            SELECT s.unit_id, k.kind, k.month, k.status, k.category_id, s.is_confidential,
                   sum(s.sign) AS n, sum(s.sign * k.seconds) AS seconds
            FROM s CROSS JOIN LATERAL (VALUES
                ('open', NULL::date, s.status, NULL::bigint, 0::float8,
                 s.status NOT IN ('closed', 'dismissed')),
                ('new', date_trunc('month', s.created_at AT TIME ZONE 'Europe/Stockholm')::date, '',
                 s.category_id, 0::float8, true),
                ('closed', date_trunc('month', s.closed_at AT TIME ZONE 'Europe/Stockholm')::date, '',
                 NULL::bigint, extract(epoch FROM s.closed_at - s.created_at)::float8,
                 s.status = 'closed' AND s.closed_at IS NOT NULL)
            ) AS k (kind, month, status, category_id, seconds, applies)
            WHERE k.applies
            GROUP BY 1, 2, 3, 4, 5, 6
        ),
        anc AS MATERIALIZED (
            SELECT u.id AS unit_id, a.id AS ancestor_id
            FROM (SELECT DISTINCT unit_id FROM k) d
            JOIN qms_organisationunit u ON u.id = d.unit_id
            CROSS JOIN LATERAL generate_series(1, length(u.path) / 4) g
            JOIN qms_organisationunit a ON a.path = left(u.path, 4 * g)
        )
        SELECT c.unit_id, c.subtree, c.kind, c.month, c.status, c.category_id,
               c.is_confidential, sum(c.n)::integer, sum(c.seconds)
        FROM (
            SELECT anc.ancestor_id AS unit_id, true AS subtree, k.kind, k.month, k.status,
                   k.category_id, k.is_confidential, k.n, k.seconds
            FROM k JOIN anc ON anc.unit_id = k.unit_id
            UNION ALL
            SELECT k.unit_id, false, 'new', k.month, '', NULL, k.is_confidential, k.n, 0
            FROM k WHERE k.kind = 'new'
        ) c
        GROUP BY 1, 2, 3, 4, 5, 6, 7
        HAVING sum(c.n) <> 0
    ;
            RETURN NULL;
        END $$;


--
-- Name: deviation_tally_rebuild(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.deviation_tally_rebuild() RETURNS void
    LANGUAGE sql
    AS $$
            DELETE FROM deviations_deviationtally;
            INSERT INTO deviations_deviationtally
    (unit_id, subtree, kind, month, status, category_id, is_confidential, count, seconds)
            
        WITH s AS MATERIALIZED (SELECT 1 AS sign, unit_id, status, category_id, is_confidential, created_at, closed_at FROM deviations_deviation),
        k AS MATERIALIZED (
            SELECT s.unit_id, k.kind, k.month, k.status, k.category_id, s.is_confidential,
                   sum(s.sign) AS n, sum(s.sign * k.seconds) AS seconds
            FROM s CROSS JOIN LATERAL (VALUES
                ('open', NULL::date, s.status, NULL::bigint, 0::float8,
                 s.status NOT IN ('closed', 'dismissed')),
                ('new', date_trunc('month', s.created_at AT TIME ZONE 'Europe/Stockholm')::date, '',
                 s.category_id, 0::float8, true),
                ('closed', date_trunc('month', s.closed_at AT TIME ZONE 'Europe/Stockholm')::date, '',
                 NULL::bigint, extract(epoch FROM s.closed_at - s.created_at)::float8,
                 s.status = 'closed' AND s.closed_at IS NOT NULL)
            ) AS k (kind, month, status, category_id, seconds, applies)
            WHERE k.applies
            GROUP BY 1, 2, 3, 4, 5, 6
        ),
        anc AS MATERIALIZED (
            SELECT u.id AS unit_id, a.id AS ancestor_id
            FROM (SELECT DISTINCT unit_id FROM k) d
            JOIN qms_organisationunit u ON u.id = d.unit_id
            CROSS JOIN LATERAL generate_series(1, length(u.path) / 4) g
            JOIN qms_organisationunit a ON a.path = left(u.path, 4 * g)
        )
        SELECT c.unit_id, c.subtree, c.kind, c.month, c.status, c.category_id,
               c.is_confidential, sum(c.n)::integer, sum(c.seconds)
        FROM (
            SELECT anc.ancestor_id AS unit_id, true AS subtree, k.kind, k.month, k.status,
                   k.category_id, k.is_confidential, k.n, k.seconds
            FROM k JOIN anc ON anc.unit_id = k.unit_id
            UNION ALL
            SELECT k.unit_id, false, 'new', k.month, '', NULL, k.is_confidential, k.n, 0
            FROM k WHERE k.kind = 'new'
        ) c
        GROUP BY 1, 2, 3, 4, 5, 6, 7
        HAVING sum(c.n) <> 0
    ;
        $$;


--
-- Name: deviation_tally_units_moved(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.deviation_tally_units_moved() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
        BEGIN
            IF EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id
                           WHERE o.path IS DISTINCT FROM n.path) THEN
                    PERFORM deviation_tally_rebuild();
                END IF;
            RETURN NULL;
        END $$;


--
-- Name: deviation_tally_updated(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.deviation_tally_updated() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
        BEGIN
            INSERT INTO deviations_deviationtally
    (unit_id, subtree, kind, month, status, category_id, is_confidential, count, seconds)
        WITH s AS MATERIALIZED (
        SELECT -1 AS sign, o.unit_id, o.status, o.category_id, o.is_confidential, o.created_at, o.closed_at
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE (o.unit_id, o.status, o.category_id, o.is_confidential, o.created_at, o.closed_at) IS DISTINCT FROM
              (n.unit_id, n.status, n.category_id, n.is_confidential, n.created_at, n.closed_at)
        UNION ALL
        SELECT 1, n.unit_id, n.status, n.category_id, n.is_confidential, n.created_at, n.closed_at
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE (o.unit_id, o.status, o.category_id, o.is_confidential, o.created_at, o.closed_at) IS DISTINCT FROM
              (n.unit_id, n.status, n.category_id, n.is_confidential, n.created_at, n.closed_at)
    ),
        k AS MATERIALIZED (
            SELECT s.unit_id, k.kind, k.month, k.status, k.category_id, s.is_confidential,
                   sum(s.sign) AS n, sum(s.sign * k.seconds) AS seconds
            FROM s CROSS JOIN LATERAL (VALUES
                ('open', NULL::date, s.status, NULL::bigint, 0::float8,
                 s.status NOT IN ('closed', 'dismissed')),
                ('new', date_trunc('month', s.created_at AT TIME ZONE 'Europe/Stockholm')::date, '',
                 s.category_id, 0::float8, true),
                ('closed', date_trunc('month', s.closed_at AT TIME ZONE 'Europe/Stockholm')::date, '',
                 NULL::bigint, extract(epoch FROM s.closed_at - s.created_at)::float8,
                 s.status = 'closed' AND s.closed_at IS NOT NULL)
            ) AS k (kind, month, status, category_id, seconds, applies)
            WHERE k.applies
            GROUP BY 1, 2, 3, 4, 5, 6
        ),
        anc AS MATERIALIZED (
            SELECT u.id AS unit_id, a.id AS ancestor_id
            FROM (SELECT DISTINCT unit_id FROM k) d
            JOIN qms_organisationunit u ON u.id = d.unit_id
            CROSS JOIN LATERAL generate_series(1, length(u.path) / 4) g
            JOIN qms_organisationunit a ON a.path = left(u.path, 4 * g)
        )
        SELECT c.unit_id, c.subtree, c.kind, c.month, c.status, c.category_id,
               c.is_confidential, sum(c.n)::integer, sum(c.seconds)
        FROM (
            SELECT anc.ancestor_id AS unit_id, true AS subtree, k.kind, k.month, k.status,
                   k.category_id, k.is_confidential, k.n, k.seconds
            FROM k JOIN anc ON anc.unit_id = k.unit_id
            UNION ALL
            SELECT k.unit_id, false, 'new', k.month, '', NULL, k.is_confidential, k.n, 0
            FROM k WHERE k.kind = 'new'
        ) c
        GROUP BY 1, 2, 3, 4, 5, 6, 7
        HAVING sum(c.n) <> 0
    ;
            RETURN NULL;
        END $$;


--
-- Name: pgtrigger_certificate_status_reminding_53329(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_certificate_status_reminding_53329() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    
UPDATE certifications_cycleevent SET reminding = reminding
WHERE cycle_id IN (SELECT id FROM certifications_cycle WHERE certificate_id = NEW.id);
RETURN NULL;

                END;
            $$;


--
-- Name: pgtrigger_cycle_event_reminding_494d5(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_cycle_event_reminding_494d5() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    
NEW.reminding := EXISTS (
    SELECT 1 FROM certifications_cycle cy
    JOIN certifications_certificate c ON c.id = cy.certificate_id
    WHERE cy.id = NEW.cycle_id AND c.status IN ('planned', 'applying', 'active', 'suspended')
      AND NOT EXISTS (SELECT 1 FROM certifications_cycle n WHERE n.previous_id = cy.id)
);
RETURN NEW;

                END;
            $$;


--
-- Name: pgtrigger_cycle_renewal_reminding_c37dd(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_cycle_renewal_reminding_c37dd() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    
IF TG_OP <> 'INSERT' AND OLD.previous_id IS NOT NULL THEN
    UPDATE certifications_cycleevent SET reminding = reminding WHERE cycle_id = OLD.previous_id;
END IF;
IF TG_OP <> 'DELETE' AND NEW.previous_id IS NOT NULL THEN
    UPDATE certifications_cycleevent SET reminding = reminding WHERE cycle_id = NEW.previous_id;
END IF;
RETURN NULL;

                END;
            $$;


--
-- Name: pgtrigger_delete_delete_07f21(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_07f21() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "reviews_objectiveevent" ("created_at", "description", "id", "is_active", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "title", "unit_id") VALUES (OLD."created_at", OLD."description", OLD."id", OLD."is_active", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."title", OLD."unit_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_0b43f(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_0b43f() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "records_retentionruleevent" ("action", "confirmed_short", "created_at", "created_by_id", "decision_body", "decision_date", "decision_reference", "event", "guidance_number", "id", "note", "organisation_id", "period", "period_unit", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "record_type", "updated_at") VALUES (OLD."action", OLD."confirmed_short", OLD."created_at", OLD."created_by_id", OLD."decision_body", OLD."decision_date", OLD."decision_reference", OLD."event", OLD."guidance_number", OLD."id", OLD."note", OLD."organisation_id", OLD."period", OLD."period_unit", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."record_type", OLD."updated_at"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_0efe6(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_0efe6() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "certifications_cycleeventevent" ("actual_date", "audit_content_type_id", "audit_object_id", "audit_reference", "cycle_id", "id", "kind", "name", "notes", "outcome", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "planned_by_cycle", "planned_date", "template_id") VALUES (OLD."actual_date", OLD."audit_content_type_id", OLD."audit_object_id", OLD."audit_reference", OLD."cycle_id", OLD."id", OLD."kind", OLD."name", OLD."notes", OLD."outcome", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."planned_by_cycle", OLD."planned_date", OLD."template_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_10420(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_10420() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_commentevent" ("author_id", "created_at", "deviation_id", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "text") VALUES (OLD."author_id", OLD."created_at", OLD."deviation_id", OLD."id", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."text"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_10ede(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_10ede() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "audits_criterionevent" ("framework", "id", "is_active", "order", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "reference", "title") VALUES (OLD."framework", OLD."id", OLD."is_active", OLD."order", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."reference", OLD."title"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_15415(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_15415() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_feedbackevent" ("answer", "answer_sent_to", "answered_at", "answered_by_id", "assignee_id", "closed_at", "contact_removed_at", "created_at", "deviation_id", "due_date", "id", "kind", "number", "organisation_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "status", "text", "unit_id") VALUES (OLD."answer", OLD."answer_sent_to", OLD."answered_at", OLD."answered_by_id", OLD."assignee_id", OLD."closed_at", OLD."contact_removed_at", OLD."created_at", OLD."deviation_id", OLD."due_date", OLD."id", OLD."kind", OLD."number", OLD."organisation_id", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."status", OLD."text", OLD."unit_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_1a87c(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_1a87c() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "certifications_standardevent" ("code", "id", "is_active", "issuer", "name", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "reminder_days", "renewal_kind", "short_name", "validity_months") VALUES (OLD."code", OLD."id", OLD."is_active", OLD."issuer", OLD."name", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."reminder_days", OLD."renewal_kind", OLD."short_name", OLD."validity_months"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_1acf9(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_1acf9() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_actionevent" ("completed_at", "content_type_id", "created_at", "created_by_id", "description", "due_date", "effectiveness_check", "id", "is_confidential", "kind", "object_id", "owner_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "previous_number", "result", "status", "title", "unit_id", "verified_at", "verified_by_id") VALUES (OLD."completed_at", OLD."content_type_id", OLD."created_at", OLD."created_by_id", OLD."description", OLD."due_date", OLD."effectiveness_check", OLD."id", OLD."is_confidential", OLD."kind", OLD."object_id", OLD."owner_id", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."previous_number", OLD."result", OLD."status", OLD."title", OLD."unit_id", OLD."verified_at", OLD."verified_by_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_1b4e1(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_1b4e1() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_deviationevent" ("category_id", "cause_analysis", "cause_groups", "closed_at", "consequence", "created_at", "description", "dismissal_reason", "effect_check_due", "effect_check_result", "effect_checked_at", "effectiveness_evaluation", "ia_case_number", "id", "immediate_action", "investigator_id", "is_confidential", "location", "number", "occurred_at", "organisation_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "previous_number", "probability", "reopen_reason", "reported_by_id", "requirement_id", "status", "supplier_id", "title", "unit_id", "updated_at") VALUES (OLD."category_id", OLD."cause_analysis", OLD."cause_groups", OLD."closed_at", OLD."consequence", OLD."created_at", OLD."description", OLD."dismissal_reason", OLD."effect_check_due", OLD."effect_check_result", OLD."effect_checked_at", OLD."effectiveness_evaluation", OLD."ia_case_number", OLD."id", OLD."immediate_action", OLD."investigator_id", OLD."is_confidential", OLD."location", OLD."number", OLD."occurred_at", OLD."organisation_id", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."previous_number", OLD."probability", OLD."reopen_reason", OLD."reported_by_id", OLD."requirement_id", OLD."status", OLD."supplier_id", OLD."title", OLD."unit_id", OLD."updated_at"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_2041d(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_2041d() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "audits_questionevent" ("criterion_id", "guidance", "id", "is_active", "order", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "text") VALUES (OLD."criterion_id", OLD."guidance", OLD."id", OLD."is_active", OLD."order", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."text"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_20769(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_20769() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "reviews_patientsafetyreportevent" ("analysis", "complaints", "cooperation", "created_at", "created_by_id", "decisions_asked", "deviations_text", "follow_up", "goals", "id", "messages", "next_year", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "published_at", "published_by_id", "responsibility", "results", "revision_of_id", "revision_reason", "risk_analysis", "self_monitoring", "status", "unit_id", "year") VALUES (OLD."analysis", OLD."complaints", OLD."cooperation", OLD."created_at", OLD."created_by_id", OLD."decisions_asked", OLD."deviations_text", OLD."follow_up", OLD."goals", OLD."id", OLD."messages", OLD."next_year", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."published_at", OLD."published_by_id", OLD."responsibility", OLD."results", OLD."revision_of_id", OLD."revision_reason", OLD."risk_analysis", OLD."self_monitoring", OLD."status", OLD."unit_id", OLD."year"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_28fac(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_28fac() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_requirementevent" ("description", "document", "id", "is_active", "kind", "owner_unit_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "reference", "review_date", "title", "url") VALUES (OLD."description", OLD."document", OLD."id", OLD."is_active", OLD."kind", OLD."owner_unit_id", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."reference", OLD."review_date", OLD."title", OLD."url"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_2ad31(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_2ad31() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "reviews_indicatorevent" ("direction", "id", "is_survey", "name", "objective_id", "period", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "source", "target", "unit_of_measure") VALUES (OLD."direction", OLD."id", OLD."is_survey", OLD."name", OLD."objective_id", OLD."period", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."source", OLD."target", OLD."unit_of_measure"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_32299(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_32299() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "qms_publicprofileevent" ("id", "logo", "organisation_name", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "updated_at") VALUES (OLD."id", OLD."logo", OLD."organisation_name", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."updated_at"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_332c4(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_332c4() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "qms_userevent" ("date_joined", "email", "employee_number", "first_name", "id", "is_active", "is_staff", "is_superuser", "last_name", "notify_by_email", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "title", "username") VALUES (OLD."date_joined", OLD."email", OLD."employee_number", OLD."first_name", OLD."id", OLD."is_active", OLD."is_staff", OLD."is_superuser", OLD."last_name", OLD."notify_by_email", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."title", OLD."username"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_34f6e(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_34f6e() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "api_accesstokenevent" ("created_at", "created_by_id", "expires_at", "hint", "id", "name", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "revoked_at", "scope", "user_id") VALUES (OLD."created_at", OLD."created_by_id", OLD."expires_at", OLD."hint", OLD."id", OLD."name", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."revoked_at", OLD."scope", OLD."user_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_35ac3(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_35ac3() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "certifications_evidenceitemevent" ("copied_from_id", "cycle_id", "document", "document_name", "done", "done_at", "done_by_id", "guidance", "id", "order", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "text", "title") VALUES (OLD."copied_from_id", OLD."cycle_id", OLD."document", OLD."document_name", OLD."done", OLD."done_at", OLD."done_by_id", OLD."guidance", OLD."id", OLD."order", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."text", OLD."title"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_3d3e8(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_3d3e8() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "audits_auditevent" ("cancel_reason", "closed_at", "conclusion", "created_at", "created_by_id", "external_auditors", "external_body", "external_reference", "id", "kind", "participants", "performed_on", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "planned_date", "priority", "priority_reason", "process", "programme_id", "reported_at", "scope", "status", "summary", "title", "unit_id") VALUES (OLD."cancel_reason", OLD."closed_at", OLD."conclusion", OLD."created_at", OLD."created_by_id", OLD."external_auditors", OLD."external_body", OLD."external_reference", OLD."id", OLD."kind", OLD."participants", OLD."performed_on", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."planned_date", OLD."priority", OLD."priority_reason", OLD."process", OLD."programme_id", OLD."reported_at", OLD."scope", OLD."status", OLD."summary", OLD."title", OLD."unit_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_3df31(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_3df31() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "records_archivepackageevent" ("created_at", "delivered_at", "delivered_by_id", "delivery_receipt", "error", "finished_at", "id", "organisation_id", "period_end", "period_start", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "record_ids", "record_type", "requested_by_id", "sha256", "size", "status") VALUES (OLD."created_at", OLD."delivered_at", OLD."delivered_by_id", OLD."delivery_receipt", OLD."error", OLD."finished_at", OLD."id", OLD."organisation_id", OLD."period_end", OLD."period_start", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."record_ids", OLD."record_type", OLD."requested_by_id", OLD."sha256", OLD."size", OLD."status"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_446fd(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_446fd() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "audits_findingevent" ("answer_id", "audit_id", "created_at", "created_by_id", "criterion_id", "description", "deviation_id", "grade", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "title", "verification", "verified_at", "verified_by_id") VALUES (OLD."answer_id", OLD."audit_id", OLD."created_at", OLD."created_by_id", OLD."criterion_id", OLD."description", OLD."deviation_id", OLD."grade", OLD."id", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."title", OLD."verification", OLD."verified_at", OLD."verified_by_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_46039(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_46039() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "identity_linkedidentityevent" ("date_joined", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "provider", "uid", "user_id") VALUES (OLD."date_joined", OLD."id", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."provider", OLD."uid", OLD."user_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_49b5f(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_49b5f() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "reviews_participantevent" ("id", "is_present", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "review_id", "user_id") VALUES (OLD."id", OLD."is_present", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."review_id", OLD."user_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_549b0(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_549b0() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "audits_evidenceevent" ("answer_id", "content_type", "created_at", "file", "id", "original_name", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "size", "uploaded_by_id") VALUES (OLD."answer_id", OLD."content_type", OLD."created_at", OLD."file", OLD."id", OLD."original_name", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."size", OLD."uploaded_by_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_5dc79(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_5dc79() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_exportevent" ("created_at", "error", "file", "finished_at", "format", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "query", "requested_by_id", "rows_done", "rows_total", "status") VALUES (OLD."created_at", OLD."error", OLD."file", OLD."finished_at", OLD."format", OLD."id", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."query", OLD."requested_by_id", OLD."rows_done", OLD."rows_total", OLD."status"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_6b94b(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_6b94b() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_attachmentevent" ("content_type", "created_at", "deviation_id", "file", "id", "original_name", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "size", "uploaded_by_id") VALUES (OLD."content_type", OLD."created_at", OLD."deviation_id", OLD."file", OLD."id", OLD."original_name", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."size", OLD."uploaded_by_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_89897(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_89897() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_legaltrackruleevent" ("id", "kind", "legal_reference", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "target_hours") VALUES (OLD."id", OLD."kind", OLD."legal_reference", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."target_hours"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_8b788(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_8b788() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "audits_programmeevent" ("created_at", "created_by_id", "id", "objectives", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "unit_id", "year") VALUES (OLD."created_at", OLD."created_by_id", OLD."id", OLD."objectives", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."unit_id", OLD."year"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_8e52d(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_8e52d() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_feedbackpolicyevent" ("id", "organisation_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "response_days") VALUES (OLD."id", OLD."organisation_id", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."response_days"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_9874d(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_9874d() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_publicactivityevent" ("id", "is_visible", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "public_name", "unit_id") VALUES (OLD."id", OLD."is_visible", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."public_name", OLD."unit_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_98b05(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_98b05() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "reviews_reviewevent" ("approved_at", "approved_by_id", "chair_id", "created_at", "created_by_id", "decisions_asked", "held_on", "id", "messages", "pdf_status", "period_end", "period_start", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "revision_of_id", "revision_reason", "status", "title", "unit_id") VALUES (OLD."approved_at", OLD."approved_by_id", OLD."chair_id", OLD."created_at", OLD."created_by_id", OLD."decisions_asked", OLD."held_on", OLD."id", OLD."messages", OLD."pdf_status", OLD."period_end", OLD."period_start", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."revision_of_id", OLD."revision_reason", OLD."status", OLD."title", OLD."unit_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_a6fff(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_a6fff() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "certifications_certificateevent" ("created_at", "id", "issuer", "not_renewing_decided_by_id", "not_renewing_decided_on", "not_renewing_reason", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "responsible_id", "standard_id", "status") VALUES (OLD."created_at", OLD."id", OLD."issuer", OLD."not_renewing_decided_by_id", OLD."not_renewing_decided_on", OLD."not_renewing_reason", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."responsible_id", OLD."standard_id", OLD."status"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_a8baa(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_a8baa() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "certifications_cyclehistoryevent" ("certificate_file", "certificate_file_name", "certificate_id", "created_at", "expiry_date", "expiry_override", "expiry_override_reason", "id", "is_initial", "issue_date", "number", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "previous_id") VALUES (OLD."certificate_file", OLD."certificate_file_name", OLD."certificate_id", OLD."created_at", OLD."expiry_date", OLD."expiry_override", OLD."expiry_override_reason", OLD."id", OLD."is_initial", OLD."issue_date", OLD."number", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."previous_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_b4da8(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_b4da8() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "provisioning_scimclientevent" ("created_at", "created_by_id", "id", "name", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "revoked_at", "rotated_at", "token_hint") VALUES (OLD."created_at", OLD."created_by_id", OLD."id", OLD."name", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."revoked_at", OLD."rotated_at", OLD."token_hint"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_b62b2(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_b62b2() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "qms_organisationunitevent" ("code", "depth", "id", "is_active", "kind", "name", "path", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id") VALUES (OLD."code", OLD."depth", OLD."id", OLD."is_active", OLD."kind", OLD."name", OLD."path", _pgh_attach_context(), NOW(), 'delete', OLD."id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_b8e4e(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_b8e4e() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "reviews_qualityreportevent" ("actions_taken", "created_at", "created_by_id", "decisions_asked", "id", "messages", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "published_at", "published_by_id", "results", "revision_of_id", "revision_reason", "status", "unit_id", "work_done", "year") VALUES (OLD."actions_taken", OLD."created_at", OLD."created_by_id", OLD."decisions_asked", OLD."id", OLD."messages", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."published_at", OLD."published_by_id", OLD."results", OLD."revision_of_id", OLD."revision_reason", OLD."status", OLD."unit_id", OLD."work_done", OLD."year"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_ba336(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_ba336() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_supplierevent" ("contact", "delivers", "id", "is_active", "name", "organisation_number", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id") VALUES (OLD."contact", OLD."delivers", OLD."id", OLD."is_active", OLD."name", OLD."organisation_number", _pgh_attach_context(), NOW(), 'delete', OLD."id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_bdc9a(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_bdc9a() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "identity_rolemappingevent" ("claim", "created_at", "created_by_id", "description", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "role", "sensitive_access", "unit_id", "value") VALUES (OLD."claim", OLD."created_at", OLD."created_by_id", OLD."description", OLD."id", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."role", OLD."sensitive_access", OLD."unit_id", OLD."value"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_bea66(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_bea66() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "records_proposalevent" ("approved_at", "approved_by_id", "as_of", "created_at", "created_by_id", "finished_at", "id", "organisation_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "rejected_reason", "started_at", "status") VALUES (OLD."approved_at", OLD."approved_by_id", OLD."as_of", OLD."created_at", OLD."created_by_id", OLD."finished_at", OLD."id", OLD."organisation_id", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."rejected_reason", OLD."started_at", OLD."status"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_c0d33(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_c0d33() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "audits_answerevent" ("answered_by_id", "audit_id", "grade", "id", "notes", "order", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "question_id", "question_text", "updated_at") VALUES (OLD."answered_by_id", OLD."audit_id", OLD."grade", OLD."id", OLD."notes", OLD."order", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."question_id", OLD."question_text", OLD."updated_at"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_c9ccf(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_c9ccf() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "reviews_indicatorvalueevent" ("entered_by_id", "id", "indicator_id", "is_computed", "period_start", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "updated_at", "value") VALUES (OLD."entered_by_id", OLD."id", OLD."indicator_id", OLD."is_computed", OLD."period_start", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."updated_at", OLD."value"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_cd4ec(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_cd4ec() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "records_registerextractevent" ("created_at", "error", "finished_at", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "reference", "requested_by_id", "scope_id", "status", "subject_email", "subject_name", "subject_user_id") VALUES (OLD."created_at", OLD."error", OLD."finished_at", OLD."id", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."reference", OLD."requested_by_id", OLD."scope_id", OLD."status", OLD."subject_email", OLD."subject_name", OLD."subject_user_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_cf2f2(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_cf2f2() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "reviews_decisionevent" ("copied_from_id", "created_at", "id", "kind", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "review_id", "text") VALUES (OLD."copied_from_id", OLD."created_at", OLD."id", OLD."kind", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."review_id", OLD."text"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_d668b(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_d668b() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "records_legalholdevent" ("content_type_id", "id", "identifier", "lift_reason", "lifted_at", "lifted_by_id", "object_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "placed_at", "placed_by_id", "reason", "reason_kind", "record_type", "review_date", "unit_id") VALUES (OLD."content_type_id", OLD."id", OLD."identifier", OLD."lift_reason", OLD."lifted_at", OLD."lifted_by_id", OLD."object_id", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."placed_at", OLD."placed_by_id", OLD."reason", OLD."reason_kind", OLD."record_type", OLD."review_date", OLD."unit_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_dad54(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_dad54() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "audits_teammemberevent" ("added_at", "audit_id", "id", "override_at", "override_by_id", "override_reason", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "role", "user_id") VALUES (OLD."added_at", OLD."audit_id", OLD."id", OLD."override_at", OLD."override_by_id", OLD."override_reason", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."role", OLD."user_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_ddefb(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_ddefb() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_legaltrackevent" ("assessed_at", "assessed_by_id", "assessment", "authority_decided_at", "authority_decision", "authority_reference", "aware_at", "clock_started_at", "deadline", "deviation_id", "flagged_at", "flagged_by_id", "id", "is_serious", "kind", "patient_informed", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "reported_at", "status") VALUES (OLD."assessed_at", OLD."assessed_by_id", OLD."assessment", OLD."authority_decided_at", OLD."authority_decision", OLD."authority_reference", OLD."aware_at", OLD."clock_started_at", OLD."deadline", OLD."deviation_id", OLD."flagged_at", OLD."flagged_by_id", OLD."id", OLD."is_serious", OLD."kind", OLD."patient_informed", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."reported_at", OLD."status"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_de0de(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_de0de() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_categoryevent" ("asks_ia_number", "description", "id", "is_active", "is_health_care", "is_sensitive", "name", "parent_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id") VALUES (OLD."asks_ia_number", OLD."description", OLD."id", OLD."is_active", OLD."is_health_care", OLD."is_sensitive", OLD."name", OLD."parent_id", _pgh_attach_context(), NOW(), 'delete', OLD."id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_e242d(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_e242d() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "api_webhooksubscriptionevent" ("created_at", "event_types", "id", "is_active", "name", "owner_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "url") VALUES (OLD."created_at", OLD."event_types", OLD."id", OLD."is_active", OLD."name", OLD."owner_id", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."url"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_e5952(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_e5952() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_suggestionevent" ("created_at", "decided_at", "decided_by_id", "decision_reason", "description", "id", "number", "organisation_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "reason", "status", "submitted_by_id", "title", "unit_id") VALUES (OLD."created_at", OLD."decided_at", OLD."decided_by_id", OLD."decision_reason", OLD."description", OLD."id", OLD."number", OLD."organisation_id", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."reason", OLD."status", OLD."submitted_by_id", OLD."title", OLD."unit_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_f107e(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_f107e() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "qms_membershipevent" ("created_at", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "role", "sensitive_access", "unit_id", "user_id") VALUES (OLD."created_at", OLD."id", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."role", OLD."sensitive_access", OLD."unit_id", OLD."user_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_f2905(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_f2905() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "reviews_reviewitemevent" ("assessment", "code", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "review_id") VALUES (OLD."assessment", OLD."code", OLD."id", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."review_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_f2e15(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_f2e15() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "api_serviceaccountevent" ("created_at", "created_by_id", "description", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "user_id") VALUES (OLD."created_at", OLD."created_by_id", OLD."description", _pgh_attach_context(), NOW(), 'delete', OLD."user_id", OLD."user_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_f4c8e(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_f4c8e() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_accessibilitystatementevent" ("contact", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "text", "updated_at") VALUES (OLD."contact", OLD."id", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."text", OLD."updated_at"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_01f95(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_01f95() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "identity_rolemappingevent" ("claim", "created_at", "created_by_id", "description", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "role", "sensitive_access", "unit_id", "value") VALUES (NEW."claim", NEW."created_at", NEW."created_by_id", NEW."description", NEW."id", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."role", NEW."sensitive_access", NEW."unit_id", NEW."value"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_04ebb(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_04ebb() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "reviews_patientsafetyreportevent" ("analysis", "complaints", "cooperation", "created_at", "created_by_id", "decisions_asked", "deviations_text", "follow_up", "goals", "id", "messages", "next_year", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "published_at", "published_by_id", "responsibility", "results", "revision_of_id", "revision_reason", "risk_analysis", "self_monitoring", "status", "unit_id", "year") VALUES (NEW."analysis", NEW."complaints", NEW."cooperation", NEW."created_at", NEW."created_by_id", NEW."decisions_asked", NEW."deviations_text", NEW."follow_up", NEW."goals", NEW."id", NEW."messages", NEW."next_year", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."published_at", NEW."published_by_id", NEW."responsibility", NEW."results", NEW."revision_of_id", NEW."revision_reason", NEW."risk_analysis", NEW."self_monitoring", NEW."status", NEW."unit_id", NEW."year"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_0d463(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_0d463() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "audits_auditevent" ("cancel_reason", "closed_at", "conclusion", "created_at", "created_by_id", "external_auditors", "external_body", "external_reference", "id", "kind", "participants", "performed_on", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "planned_date", "priority", "priority_reason", "process", "programme_id", "reported_at", "scope", "status", "summary", "title", "unit_id") VALUES (NEW."cancel_reason", NEW."closed_at", NEW."conclusion", NEW."created_at", NEW."created_by_id", NEW."external_auditors", NEW."external_body", NEW."external_reference", NEW."id", NEW."kind", NEW."participants", NEW."performed_on", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."planned_date", NEW."priority", NEW."priority_reason", NEW."process", NEW."programme_id", NEW."reported_at", NEW."scope", NEW."status", NEW."summary", NEW."title", NEW."unit_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_0e248(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_0e248() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_feedbackevent" ("answer", "answer_sent_to", "answered_at", "answered_by_id", "assignee_id", "closed_at", "contact_removed_at", "created_at", "deviation_id", "due_date", "id", "kind", "number", "organisation_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "status", "text", "unit_id") VALUES (NEW."answer", NEW."answer_sent_to", NEW."answered_at", NEW."answered_by_id", NEW."assignee_id", NEW."closed_at", NEW."contact_removed_at", NEW."created_at", NEW."deviation_id", NEW."due_date", NEW."id", NEW."kind", NEW."number", NEW."organisation_id", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."status", NEW."text", NEW."unit_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_0eda8(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_0eda8() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "qms_userevent" ("date_joined", "email", "employee_number", "first_name", "id", "is_active", "is_staff", "is_superuser", "last_name", "notify_by_email", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "title", "username") VALUES (NEW."date_joined", NEW."email", NEW."employee_number", NEW."first_name", NEW."id", NEW."is_active", NEW."is_staff", NEW."is_superuser", NEW."last_name", NEW."notify_by_email", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."title", NEW."username"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_1118c(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_1118c() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "reviews_objectiveevent" ("created_at", "description", "id", "is_active", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "title", "unit_id") VALUES (NEW."created_at", NEW."description", NEW."id", NEW."is_active", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."title", NEW."unit_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_272c7(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_272c7() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "reviews_decisionevent" ("copied_from_id", "created_at", "id", "kind", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "review_id", "text") VALUES (NEW."copied_from_id", NEW."created_at", NEW."id", NEW."kind", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."review_id", NEW."text"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_2b5e0(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_2b5e0() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "provisioning_scimclientevent" ("created_at", "created_by_id", "id", "name", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "revoked_at", "rotated_at", "token_hint") VALUES (NEW."created_at", NEW."created_by_id", NEW."id", NEW."name", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."revoked_at", NEW."rotated_at", NEW."token_hint"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_32fe2(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_32fe2() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "reviews_participantevent" ("id", "is_present", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "review_id", "user_id") VALUES (NEW."id", NEW."is_present", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."review_id", NEW."user_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_38594(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_38594() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "certifications_certificateevent" ("created_at", "id", "issuer", "not_renewing_decided_by_id", "not_renewing_decided_on", "not_renewing_reason", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "responsible_id", "standard_id", "status") VALUES (NEW."created_at", NEW."id", NEW."issuer", NEW."not_renewing_decided_by_id", NEW."not_renewing_decided_on", NEW."not_renewing_reason", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."responsible_id", NEW."standard_id", NEW."status"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_434de(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_434de() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_attachmentevent" ("content_type", "created_at", "deviation_id", "file", "id", "original_name", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "size", "uploaded_by_id") VALUES (NEW."content_type", NEW."created_at", NEW."deviation_id", NEW."file", NEW."id", NEW."original_name", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."size", NEW."uploaded_by_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_48464(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_48464() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_publicactivityevent" ("id", "is_visible", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "public_name", "unit_id") VALUES (NEW."id", NEW."is_visible", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."public_name", NEW."unit_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_4bc67(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_4bc67() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "audits_criterionevent" ("framework", "id", "is_active", "order", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "reference", "title") VALUES (NEW."framework", NEW."id", NEW."is_active", NEW."order", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."reference", NEW."title"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_53182(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_53182() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "reviews_indicatorvalueevent" ("entered_by_id", "id", "indicator_id", "is_computed", "period_start", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "updated_at", "value") VALUES (NEW."entered_by_id", NEW."id", NEW."indicator_id", NEW."is_computed", NEW."period_start", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."updated_at", NEW."value"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_56f26(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_56f26() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_legaltrackruleevent" ("id", "kind", "legal_reference", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "target_hours") VALUES (NEW."id", NEW."kind", NEW."legal_reference", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."target_hours"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_5ca0c(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_5ca0c() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_legaltrackevent" ("assessed_at", "assessed_by_id", "assessment", "authority_decided_at", "authority_decision", "authority_reference", "aware_at", "clock_started_at", "deadline", "deviation_id", "flagged_at", "flagged_by_id", "id", "is_serious", "kind", "patient_informed", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "reported_at", "status") VALUES (NEW."assessed_at", NEW."assessed_by_id", NEW."assessment", NEW."authority_decided_at", NEW."authority_decision", NEW."authority_reference", NEW."aware_at", NEW."clock_started_at", NEW."deadline", NEW."deviation_id", NEW."flagged_at", NEW."flagged_by_id", NEW."id", NEW."is_serious", NEW."kind", NEW."patient_informed", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."reported_at", NEW."status"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_69fab(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_69fab() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "certifications_cyclehistoryevent" ("certificate_file", "certificate_file_name", "certificate_id", "created_at", "expiry_date", "expiry_override", "expiry_override_reason", "id", "is_initial", "issue_date", "number", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "previous_id") VALUES (NEW."certificate_file", NEW."certificate_file_name", NEW."certificate_id", NEW."created_at", NEW."expiry_date", NEW."expiry_override", NEW."expiry_override_reason", NEW."id", NEW."is_initial", NEW."issue_date", NEW."number", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."previous_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_71ce4(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_71ce4() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "identity_linkedidentityevent" ("date_joined", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "provider", "uid", "user_id") VALUES (NEW."date_joined", NEW."id", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."provider", NEW."uid", NEW."user_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_7274a(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_7274a() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "api_serviceaccountevent" ("created_at", "created_by_id", "description", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "user_id") VALUES (NEW."created_at", NEW."created_by_id", NEW."description", _pgh_attach_context(), NOW(), 'insert', NEW."user_id", NEW."user_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_79a6a(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_79a6a() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "audits_programmeevent" ("created_at", "created_by_id", "id", "objectives", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "unit_id", "year") VALUES (NEW."created_at", NEW."created_by_id", NEW."id", NEW."objectives", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."unit_id", NEW."year"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_7a7c1(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_7a7c1() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "reviews_reviewevent" ("approved_at", "approved_by_id", "chair_id", "created_at", "created_by_id", "decisions_asked", "held_on", "id", "messages", "pdf_status", "period_end", "period_start", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "revision_of_id", "revision_reason", "status", "title", "unit_id") VALUES (NEW."approved_at", NEW."approved_by_id", NEW."chair_id", NEW."created_at", NEW."created_by_id", NEW."decisions_asked", NEW."held_on", NEW."id", NEW."messages", NEW."pdf_status", NEW."period_end", NEW."period_start", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."revision_of_id", NEW."revision_reason", NEW."status", NEW."title", NEW."unit_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_7da43(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_7da43() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_feedbackpolicyevent" ("id", "organisation_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "response_days") VALUES (NEW."id", NEW."organisation_id", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."response_days"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_8194d(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_8194d() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_deviationevent" ("category_id", "cause_analysis", "cause_groups", "closed_at", "consequence", "created_at", "description", "dismissal_reason", "effect_check_due", "effect_check_result", "effect_checked_at", "effectiveness_evaluation", "ia_case_number", "id", "immediate_action", "investigator_id", "is_confidential", "location", "number", "occurred_at", "organisation_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "previous_number", "probability", "reopen_reason", "reported_by_id", "requirement_id", "status", "supplier_id", "title", "unit_id", "updated_at") VALUES (NEW."category_id", NEW."cause_analysis", NEW."cause_groups", NEW."closed_at", NEW."consequence", NEW."created_at", NEW."description", NEW."dismissal_reason", NEW."effect_check_due", NEW."effect_check_result", NEW."effect_checked_at", NEW."effectiveness_evaluation", NEW."ia_case_number", NEW."id", NEW."immediate_action", NEW."investigator_id", NEW."is_confidential", NEW."location", NEW."number", NEW."occurred_at", NEW."organisation_id", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."previous_number", NEW."probability", NEW."reopen_reason", NEW."reported_by_id", NEW."requirement_id", NEW."status", NEW."supplier_id", NEW."title", NEW."unit_id", NEW."updated_at"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_82ac5(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_82ac5() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_accessibilitystatementevent" ("contact", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "text", "updated_at") VALUES (NEW."contact", NEW."id", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."text", NEW."updated_at"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_8bd9c(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_8bd9c() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "certifications_cycleeventevent" ("actual_date", "audit_content_type_id", "audit_object_id", "audit_reference", "cycle_id", "id", "kind", "name", "notes", "outcome", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "planned_by_cycle", "planned_date", "template_id") VALUES (NEW."actual_date", NEW."audit_content_type_id", NEW."audit_object_id", NEW."audit_reference", NEW."cycle_id", NEW."id", NEW."kind", NEW."name", NEW."notes", NEW."outcome", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."planned_by_cycle", NEW."planned_date", NEW."template_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_98f10(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_98f10() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "certifications_evidenceitemevent" ("copied_from_id", "cycle_id", "document", "document_name", "done", "done_at", "done_by_id", "guidance", "id", "order", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "text", "title") VALUES (NEW."copied_from_id", NEW."cycle_id", NEW."document", NEW."document_name", NEW."done", NEW."done_at", NEW."done_by_id", NEW."guidance", NEW."id", NEW."order", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."text", NEW."title"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_997ad(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_997ad() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "reviews_indicatorevent" ("direction", "id", "is_survey", "name", "objective_id", "period", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "source", "target", "unit_of_measure") VALUES (NEW."direction", NEW."id", NEW."is_survey", NEW."name", NEW."objective_id", NEW."period", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."source", NEW."target", NEW."unit_of_measure"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_a20d4(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_a20d4() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "audits_answerevent" ("answered_by_id", "audit_id", "grade", "id", "notes", "order", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "question_id", "question_text", "updated_at") VALUES (NEW."answered_by_id", NEW."audit_id", NEW."grade", NEW."id", NEW."notes", NEW."order", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."question_id", NEW."question_text", NEW."updated_at"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_a729c(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_a729c() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "audits_teammemberevent" ("added_at", "audit_id", "id", "override_at", "override_by_id", "override_reason", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "role", "user_id") VALUES (NEW."added_at", NEW."audit_id", NEW."id", NEW."override_at", NEW."override_by_id", NEW."override_reason", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."role", NEW."user_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_a7fc3(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_a7fc3() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "audits_findingevent" ("answer_id", "audit_id", "created_at", "created_by_id", "criterion_id", "description", "deviation_id", "grade", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "title", "verification", "verified_at", "verified_by_id") VALUES (NEW."answer_id", NEW."audit_id", NEW."created_at", NEW."created_by_id", NEW."criterion_id", NEW."description", NEW."deviation_id", NEW."grade", NEW."id", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."title", NEW."verification", NEW."verified_at", NEW."verified_by_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_a80c2(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_a80c2() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "records_archivepackageevent" ("created_at", "delivered_at", "delivered_by_id", "delivery_receipt", "error", "finished_at", "id", "organisation_id", "period_end", "period_start", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "record_ids", "record_type", "requested_by_id", "sha256", "size", "status") VALUES (NEW."created_at", NEW."delivered_at", NEW."delivered_by_id", NEW."delivery_receipt", NEW."error", NEW."finished_at", NEW."id", NEW."organisation_id", NEW."period_end", NEW."period_start", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."record_ids", NEW."record_type", NEW."requested_by_id", NEW."sha256", NEW."size", NEW."status"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_a8792(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_a8792() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "qms_membershipevent" ("created_at", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "role", "sensitive_access", "unit_id", "user_id") VALUES (NEW."created_at", NEW."id", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."role", NEW."sensitive_access", NEW."unit_id", NEW."user_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_aa3e4(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_aa3e4() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "reviews_reviewitemevent" ("assessment", "code", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "review_id") VALUES (NEW."assessment", NEW."code", NEW."id", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."review_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_bb389(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_bb389() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_commentevent" ("author_id", "created_at", "deviation_id", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "text") VALUES (NEW."author_id", NEW."created_at", NEW."deviation_id", NEW."id", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."text"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_c02c6(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_c02c6() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_requirementevent" ("description", "document", "id", "is_active", "kind", "owner_unit_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "reference", "review_date", "title", "url") VALUES (NEW."description", NEW."document", NEW."id", NEW."is_active", NEW."kind", NEW."owner_unit_id", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."reference", NEW."review_date", NEW."title", NEW."url"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_c79d8(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_c79d8() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "records_retentionruleevent" ("action", "confirmed_short", "created_at", "created_by_id", "decision_body", "decision_date", "decision_reference", "event", "guidance_number", "id", "note", "organisation_id", "period", "period_unit", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "record_type", "updated_at") VALUES (NEW."action", NEW."confirmed_short", NEW."created_at", NEW."created_by_id", NEW."decision_body", NEW."decision_date", NEW."decision_reference", NEW."event", NEW."guidance_number", NEW."id", NEW."note", NEW."organisation_id", NEW."period", NEW."period_unit", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."record_type", NEW."updated_at"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_c8c9e(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_c8c9e() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "records_legalholdevent" ("content_type_id", "id", "identifier", "lift_reason", "lifted_at", "lifted_by_id", "object_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "placed_at", "placed_by_id", "reason", "reason_kind", "record_type", "review_date", "unit_id") VALUES (NEW."content_type_id", NEW."id", NEW."identifier", NEW."lift_reason", NEW."lifted_at", NEW."lifted_by_id", NEW."object_id", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."placed_at", NEW."placed_by_id", NEW."reason", NEW."reason_kind", NEW."record_type", NEW."review_date", NEW."unit_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_c99d7(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_c99d7() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "audits_questionevent" ("criterion_id", "guidance", "id", "is_active", "order", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "text") VALUES (NEW."criterion_id", NEW."guidance", NEW."id", NEW."is_active", NEW."order", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."text"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_cabca(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_cabca() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "certifications_standardevent" ("code", "id", "is_active", "issuer", "name", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "reminder_days", "renewal_kind", "short_name", "validity_months") VALUES (NEW."code", NEW."id", NEW."is_active", NEW."issuer", NEW."name", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."reminder_days", NEW."renewal_kind", NEW."short_name", NEW."validity_months"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_cb1b9(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_cb1b9() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "records_proposalevent" ("approved_at", "approved_by_id", "as_of", "created_at", "created_by_id", "finished_at", "id", "organisation_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "rejected_reason", "started_at", "status") VALUES (NEW."approved_at", NEW."approved_by_id", NEW."as_of", NEW."created_at", NEW."created_by_id", NEW."finished_at", NEW."id", NEW."organisation_id", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."rejected_reason", NEW."started_at", NEW."status"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_d2b37(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_d2b37() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_exportevent" ("created_at", "error", "file", "finished_at", "format", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "query", "requested_by_id", "rows_done", "rows_total", "status") VALUES (NEW."created_at", NEW."error", NEW."file", NEW."finished_at", NEW."format", NEW."id", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."query", NEW."requested_by_id", NEW."rows_done", NEW."rows_total", NEW."status"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_d2dbc(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_d2dbc() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_suggestionevent" ("created_at", "decided_at", "decided_by_id", "decision_reason", "description", "id", "number", "organisation_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "reason", "status", "submitted_by_id", "title", "unit_id") VALUES (NEW."created_at", NEW."decided_at", NEW."decided_by_id", NEW."decision_reason", NEW."description", NEW."id", NEW."number", NEW."organisation_id", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."reason", NEW."status", NEW."submitted_by_id", NEW."title", NEW."unit_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_d97de(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_d97de() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "audits_evidenceevent" ("answer_id", "content_type", "created_at", "file", "id", "original_name", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "size", "uploaded_by_id") VALUES (NEW."answer_id", NEW."content_type", NEW."created_at", NEW."file", NEW."id", NEW."original_name", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."size", NEW."uploaded_by_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_dcccf(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_dcccf() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "records_registerextractevent" ("created_at", "error", "finished_at", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "reference", "requested_by_id", "scope_id", "status", "subject_email", "subject_name", "subject_user_id") VALUES (NEW."created_at", NEW."error", NEW."finished_at", NEW."id", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."reference", NEW."requested_by_id", NEW."scope_id", NEW."status", NEW."subject_email", NEW."subject_name", NEW."subject_user_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_e0410(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_e0410() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "qms_organisationunitevent" ("code", "depth", "id", "is_active", "kind", "name", "path", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id") VALUES (NEW."code", NEW."depth", NEW."id", NEW."is_active", NEW."kind", NEW."name", NEW."path", _pgh_attach_context(), NOW(), 'insert', NEW."id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_e3c92(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_e3c92() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_actionevent" ("completed_at", "content_type_id", "created_at", "created_by_id", "description", "due_date", "effectiveness_check", "id", "is_confidential", "kind", "object_id", "owner_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "previous_number", "result", "status", "title", "unit_id", "verified_at", "verified_by_id") VALUES (NEW."completed_at", NEW."content_type_id", NEW."created_at", NEW."created_by_id", NEW."description", NEW."due_date", NEW."effectiveness_check", NEW."id", NEW."is_confidential", NEW."kind", NEW."object_id", NEW."owner_id", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."previous_number", NEW."result", NEW."status", NEW."title", NEW."unit_id", NEW."verified_at", NEW."verified_by_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_efc04(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_efc04() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "api_accesstokenevent" ("created_at", "created_by_id", "expires_at", "hint", "id", "name", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "revoked_at", "scope", "user_id") VALUES (NEW."created_at", NEW."created_by_id", NEW."expires_at", NEW."hint", NEW."id", NEW."name", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."revoked_at", NEW."scope", NEW."user_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_f234c(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_f234c() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "reviews_qualityreportevent" ("actions_taken", "created_at", "created_by_id", "decisions_asked", "id", "messages", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "published_at", "published_by_id", "results", "revision_of_id", "revision_reason", "status", "unit_id", "work_done", "year") VALUES (NEW."actions_taken", NEW."created_at", NEW."created_by_id", NEW."decisions_asked", NEW."id", NEW."messages", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."published_at", NEW."published_by_id", NEW."results", NEW."revision_of_id", NEW."revision_reason", NEW."status", NEW."unit_id", NEW."work_done", NEW."year"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_f4edf(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_f4edf() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "api_webhooksubscriptionevent" ("created_at", "event_types", "id", "is_active", "name", "owner_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "url") VALUES (NEW."created_at", NEW."event_types", NEW."id", NEW."is_active", NEW."name", NEW."owner_id", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."url"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_facaf(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_facaf() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "qms_publicprofileevent" ("id", "logo", "organisation_name", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "updated_at") VALUES (NEW."id", NEW."logo", NEW."organisation_name", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."updated_at"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_fd111(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_fd111() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_categoryevent" ("asks_ia_number", "description", "id", "is_active", "is_health_care", "is_sensitive", "name", "parent_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id") VALUES (NEW."asks_ia_number", NEW."description", NEW."id", NEW."is_active", NEW."is_health_care", NEW."is_sensitive", NEW."name", NEW."parent_id", _pgh_attach_context(), NOW(), 'insert', NEW."id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_fe162(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_fe162() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_supplierevent" ("contact", "delivers", "id", "is_active", "name", "organisation_number", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id") VALUES (NEW."contact", NEW."delivers", NEW."id", NEW."is_active", NEW."name", NEW."organisation_number", _pgh_attach_context(), NOW(), 'insert', NEW."id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_047cd(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_047cd() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "qms_userevent" ("date_joined", "email", "employee_number", "first_name", "id", "is_active", "is_staff", "is_superuser", "last_name", "notify_by_email", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "title", "username") VALUES (NEW."date_joined", NEW."email", NEW."employee_number", NEW."first_name", NEW."id", NEW."is_active", NEW."is_staff", NEW."is_superuser", NEW."last_name", NEW."notify_by_email", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."title", NEW."username"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_051f4(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_051f4() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_commentevent" ("author_id", "created_at", "deviation_id", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "text") VALUES (NEW."author_id", NEW."created_at", NEW."deviation_id", NEW."id", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."text"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_0560b(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_0560b() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "identity_rolemappingevent" ("claim", "created_at", "created_by_id", "description", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "role", "sensitive_access", "unit_id", "value") VALUES (NEW."claim", NEW."created_at", NEW."created_by_id", NEW."description", NEW."id", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."role", NEW."sensitive_access", NEW."unit_id", NEW."value"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_063ed(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_063ed() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "certifications_evidenceitemevent" ("copied_from_id", "cycle_id", "document", "document_name", "done", "done_at", "done_by_id", "guidance", "id", "order", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "text", "title") VALUES (NEW."copied_from_id", NEW."cycle_id", NEW."document", NEW."document_name", NEW."done", NEW."done_at", NEW."done_by_id", NEW."guidance", NEW."id", NEW."order", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."text", NEW."title"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_06888(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_06888() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_actionevent" ("completed_at", "content_type_id", "created_at", "created_by_id", "description", "due_date", "effectiveness_check", "id", "is_confidential", "kind", "object_id", "owner_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "previous_number", "result", "status", "title", "unit_id", "verified_at", "verified_by_id") VALUES (NEW."completed_at", NEW."content_type_id", NEW."created_at", NEW."created_by_id", NEW."description", NEW."due_date", NEW."effectiveness_check", NEW."id", NEW."is_confidential", NEW."kind", NEW."object_id", NEW."owner_id", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."previous_number", NEW."result", NEW."status", NEW."title", NEW."unit_id", NEW."verified_at", NEW."verified_by_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_071d8(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_071d8() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_legaltrackruleevent" ("id", "kind", "legal_reference", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "target_hours") VALUES (NEW."id", NEW."kind", NEW."legal_reference", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."target_hours"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_1570a(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_1570a() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_legaltrackevent" ("assessed_at", "assessed_by_id", "assessment", "authority_decided_at", "authority_decision", "authority_reference", "aware_at", "clock_started_at", "deadline", "deviation_id", "flagged_at", "flagged_by_id", "id", "is_serious", "kind", "patient_informed", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "reported_at", "status") VALUES (NEW."assessed_at", NEW."assessed_by_id", NEW."assessment", NEW."authority_decided_at", NEW."authority_decision", NEW."authority_reference", NEW."aware_at", NEW."clock_started_at", NEW."deadline", NEW."deviation_id", NEW."flagged_at", NEW."flagged_by_id", NEW."id", NEW."is_serious", NEW."kind", NEW."patient_informed", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."reported_at", NEW."status"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_23c0b(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_23c0b() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "reviews_decisionevent" ("copied_from_id", "created_at", "id", "kind", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "review_id", "text") VALUES (NEW."copied_from_id", NEW."created_at", NEW."id", NEW."kind", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."review_id", NEW."text"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_250f8(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_250f8() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "audits_programmeevent" ("created_at", "created_by_id", "id", "objectives", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "unit_id", "year") VALUES (NEW."created_at", NEW."created_by_id", NEW."id", NEW."objectives", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."unit_id", NEW."year"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_2c183(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_2c183() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_suggestionevent" ("created_at", "decided_at", "decided_by_id", "decision_reason", "description", "id", "number", "organisation_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "reason", "status", "submitted_by_id", "title", "unit_id") VALUES (NEW."created_at", NEW."decided_at", NEW."decided_by_id", NEW."decision_reason", NEW."description", NEW."id", NEW."number", NEW."organisation_id", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."reason", NEW."status", NEW."submitted_by_id", NEW."title", NEW."unit_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_36e12(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_36e12() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_categoryevent" ("asks_ia_number", "description", "id", "is_active", "is_health_care", "is_sensitive", "name", "parent_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id") VALUES (NEW."asks_ia_number", NEW."description", NEW."id", NEW."is_active", NEW."is_health_care", NEW."is_sensitive", NEW."name", NEW."parent_id", _pgh_attach_context(), NOW(), 'update', NEW."id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_3afb7(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_3afb7() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_feedbackpolicyevent" ("id", "organisation_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "response_days") VALUES (NEW."id", NEW."organisation_id", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."response_days"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_53605(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_53605() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "certifications_standardevent" ("code", "id", "is_active", "issuer", "name", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "reminder_days", "renewal_kind", "short_name", "validity_months") VALUES (NEW."code", NEW."id", NEW."is_active", NEW."issuer", NEW."name", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."reminder_days", NEW."renewal_kind", NEW."short_name", NEW."validity_months"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_54bc0(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_54bc0() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "api_accesstokenevent" ("created_at", "created_by_id", "expires_at", "hint", "id", "name", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "revoked_at", "scope", "user_id") VALUES (NEW."created_at", NEW."created_by_id", NEW."expires_at", NEW."hint", NEW."id", NEW."name", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."revoked_at", NEW."scope", NEW."user_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_58275(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_58275() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "records_retentionruleevent" ("action", "confirmed_short", "created_at", "created_by_id", "decision_body", "decision_date", "decision_reference", "event", "guidance_number", "id", "note", "organisation_id", "period", "period_unit", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "record_type", "updated_at") VALUES (NEW."action", NEW."confirmed_short", NEW."created_at", NEW."created_by_id", NEW."decision_body", NEW."decision_date", NEW."decision_reference", NEW."event", NEW."guidance_number", NEW."id", NEW."note", NEW."organisation_id", NEW."period", NEW."period_unit", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."record_type", NEW."updated_at"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_58458(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_58458() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "api_webhooksubscriptionevent" ("created_at", "event_types", "id", "is_active", "name", "owner_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "url") VALUES (NEW."created_at", NEW."event_types", NEW."id", NEW."is_active", NEW."name", NEW."owner_id", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."url"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_5b0c1(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_5b0c1() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "reviews_participantevent" ("id", "is_present", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "review_id", "user_id") VALUES (NEW."id", NEW."is_present", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."review_id", NEW."user_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_60566(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_60566() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "records_proposalevent" ("approved_at", "approved_by_id", "as_of", "created_at", "created_by_id", "finished_at", "id", "organisation_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "rejected_reason", "started_at", "status") VALUES (NEW."approved_at", NEW."approved_by_id", NEW."as_of", NEW."created_at", NEW."created_by_id", NEW."finished_at", NEW."id", NEW."organisation_id", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."rejected_reason", NEW."started_at", NEW."status"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_632d6(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_632d6() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_requirementevent" ("description", "document", "id", "is_active", "kind", "owner_unit_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "reference", "review_date", "title", "url") VALUES (NEW."description", NEW."document", NEW."id", NEW."is_active", NEW."kind", NEW."owner_unit_id", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."reference", NEW."review_date", NEW."title", NEW."url"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_79e16(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_79e16() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "audits_findingevent" ("answer_id", "audit_id", "created_at", "created_by_id", "criterion_id", "description", "deviation_id", "grade", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "title", "verification", "verified_at", "verified_by_id") VALUES (NEW."answer_id", NEW."audit_id", NEW."created_at", NEW."created_by_id", NEW."criterion_id", NEW."description", NEW."deviation_id", NEW."grade", NEW."id", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."title", NEW."verification", NEW."verified_at", NEW."verified_by_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_7fcc8(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_7fcc8() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "reviews_patientsafetyreportevent" ("analysis", "complaints", "cooperation", "created_at", "created_by_id", "decisions_asked", "deviations_text", "follow_up", "goals", "id", "messages", "next_year", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "published_at", "published_by_id", "responsibility", "results", "revision_of_id", "revision_reason", "risk_analysis", "self_monitoring", "status", "unit_id", "year") VALUES (NEW."analysis", NEW."complaints", NEW."cooperation", NEW."created_at", NEW."created_by_id", NEW."decisions_asked", NEW."deviations_text", NEW."follow_up", NEW."goals", NEW."id", NEW."messages", NEW."next_year", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."published_at", NEW."published_by_id", NEW."responsibility", NEW."results", NEW."revision_of_id", NEW."revision_reason", NEW."risk_analysis", NEW."self_monitoring", NEW."status", NEW."unit_id", NEW."year"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_8188c(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_8188c() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "reviews_reviewitemevent" ("assessment", "code", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "review_id") VALUES (NEW."assessment", NEW."code", NEW."id", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."review_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_854cb(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_854cb() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "audits_auditevent" ("cancel_reason", "closed_at", "conclusion", "created_at", "created_by_id", "external_auditors", "external_body", "external_reference", "id", "kind", "participants", "performed_on", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "planned_date", "priority", "priority_reason", "process", "programme_id", "reported_at", "scope", "status", "summary", "title", "unit_id") VALUES (NEW."cancel_reason", NEW."closed_at", NEW."conclusion", NEW."created_at", NEW."created_by_id", NEW."external_auditors", NEW."external_body", NEW."external_reference", NEW."id", NEW."kind", NEW."participants", NEW."performed_on", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."planned_date", NEW."priority", NEW."priority_reason", NEW."process", NEW."programme_id", NEW."reported_at", NEW."scope", NEW."status", NEW."summary", NEW."title", NEW."unit_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_8f70c(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_8f70c() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "records_legalholdevent" ("content_type_id", "id", "identifier", "lift_reason", "lifted_at", "lifted_by_id", "object_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "placed_at", "placed_by_id", "reason", "reason_kind", "record_type", "review_date", "unit_id") VALUES (NEW."content_type_id", NEW."id", NEW."identifier", NEW."lift_reason", NEW."lifted_at", NEW."lifted_by_id", NEW."object_id", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."placed_at", NEW."placed_by_id", NEW."reason", NEW."reason_kind", NEW."record_type", NEW."review_date", NEW."unit_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_9380c(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_9380c() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "identity_linkedidentityevent" ("date_joined", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "provider", "uid", "user_id") VALUES (NEW."date_joined", NEW."id", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."provider", NEW."uid", NEW."user_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_9686b(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_9686b() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_accessibilitystatementevent" ("contact", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "text", "updated_at") VALUES (NEW."contact", NEW."id", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."text", NEW."updated_at"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_973b5(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_973b5() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "reviews_indicatorvalueevent" ("entered_by_id", "id", "indicator_id", "is_computed", "period_start", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "updated_at", "value") VALUES (NEW."entered_by_id", NEW."id", NEW."indicator_id", NEW."is_computed", NEW."period_start", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."updated_at", NEW."value"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_9e062(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_9e062() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "certifications_cyclehistoryevent" ("certificate_file", "certificate_file_name", "certificate_id", "created_at", "expiry_date", "expiry_override", "expiry_override_reason", "id", "is_initial", "issue_date", "number", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "previous_id") VALUES (NEW."certificate_file", NEW."certificate_file_name", NEW."certificate_id", NEW."created_at", NEW."expiry_date", NEW."expiry_override", NEW."expiry_override_reason", NEW."id", NEW."is_initial", NEW."issue_date", NEW."number", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."previous_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_ab046(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_ab046() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "qms_membershipevent" ("created_at", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "role", "sensitive_access", "unit_id", "user_id") VALUES (NEW."created_at", NEW."id", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."role", NEW."sensitive_access", NEW."unit_id", NEW."user_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_ad67b(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_ad67b() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "certifications_certificateevent" ("created_at", "id", "issuer", "not_renewing_decided_by_id", "not_renewing_decided_on", "not_renewing_reason", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "responsible_id", "standard_id", "status") VALUES (NEW."created_at", NEW."id", NEW."issuer", NEW."not_renewing_decided_by_id", NEW."not_renewing_decided_on", NEW."not_renewing_reason", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."responsible_id", NEW."standard_id", NEW."status"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_adf66(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_adf66() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "certifications_cycleeventevent" ("actual_date", "audit_content_type_id", "audit_object_id", "audit_reference", "cycle_id", "id", "kind", "name", "notes", "outcome", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "planned_by_cycle", "planned_date", "template_id") VALUES (NEW."actual_date", NEW."audit_content_type_id", NEW."audit_object_id", NEW."audit_reference", NEW."cycle_id", NEW."id", NEW."kind", NEW."name", NEW."notes", NEW."outcome", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."planned_by_cycle", NEW."planned_date", NEW."template_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_b2664(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_b2664() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "audits_teammemberevent" ("added_at", "audit_id", "id", "override_at", "override_by_id", "override_reason", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "role", "user_id") VALUES (NEW."added_at", NEW."audit_id", NEW."id", NEW."override_at", NEW."override_by_id", NEW."override_reason", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."role", NEW."user_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_b34c8(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_b34c8() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "reviews_reviewevent" ("approved_at", "approved_by_id", "chair_id", "created_at", "created_by_id", "decisions_asked", "held_on", "id", "messages", "pdf_status", "period_end", "period_start", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "revision_of_id", "revision_reason", "status", "title", "unit_id") VALUES (NEW."approved_at", NEW."approved_by_id", NEW."chair_id", NEW."created_at", NEW."created_by_id", NEW."decisions_asked", NEW."held_on", NEW."id", NEW."messages", NEW."pdf_status", NEW."period_end", NEW."period_start", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."revision_of_id", NEW."revision_reason", NEW."status", NEW."title", NEW."unit_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_b473a(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_b473a() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_supplierevent" ("contact", "delivers", "id", "is_active", "name", "organisation_number", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id") VALUES (NEW."contact", NEW."delivers", NEW."id", NEW."is_active", NEW."name", NEW."organisation_number", _pgh_attach_context(), NOW(), 'update', NEW."id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_b5165(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_b5165() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "audits_criterionevent" ("framework", "id", "is_active", "order", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "reference", "title") VALUES (NEW."framework", NEW."id", NEW."is_active", NEW."order", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."reference", NEW."title"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_bc355(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_bc355() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_feedbackevent" ("answer", "answer_sent_to", "answered_at", "answered_by_id", "assignee_id", "closed_at", "contact_removed_at", "created_at", "deviation_id", "due_date", "id", "kind", "number", "organisation_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "status", "text", "unit_id") VALUES (NEW."answer", NEW."answer_sent_to", NEW."answered_at", NEW."answered_by_id", NEW."assignee_id", NEW."closed_at", NEW."contact_removed_at", NEW."created_at", NEW."deviation_id", NEW."due_date", NEW."id", NEW."kind", NEW."number", NEW."organisation_id", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."status", NEW."text", NEW."unit_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_bcfff(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_bcfff() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_deviationevent" ("category_id", "cause_analysis", "cause_groups", "closed_at", "consequence", "created_at", "description", "dismissal_reason", "effect_check_due", "effect_check_result", "effect_checked_at", "effectiveness_evaluation", "ia_case_number", "id", "immediate_action", "investigator_id", "is_confidential", "location", "number", "occurred_at", "organisation_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "previous_number", "probability", "reopen_reason", "reported_by_id", "requirement_id", "status", "supplier_id", "title", "unit_id", "updated_at") VALUES (NEW."category_id", NEW."cause_analysis", NEW."cause_groups", NEW."closed_at", NEW."consequence", NEW."created_at", NEW."description", NEW."dismissal_reason", NEW."effect_check_due", NEW."effect_check_result", NEW."effect_checked_at", NEW."effectiveness_evaluation", NEW."ia_case_number", NEW."id", NEW."immediate_action", NEW."investigator_id", NEW."is_confidential", NEW."location", NEW."number", NEW."occurred_at", NEW."organisation_id", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."previous_number", NEW."probability", NEW."reopen_reason", NEW."reported_by_id", NEW."requirement_id", NEW."status", NEW."supplier_id", NEW."title", NEW."unit_id", NEW."updated_at"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_be56a(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_be56a() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "records_registerextractevent" ("created_at", "error", "finished_at", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "reference", "requested_by_id", "scope_id", "status", "subject_email", "subject_name", "subject_user_id") VALUES (NEW."created_at", NEW."error", NEW."finished_at", NEW."id", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."reference", NEW."requested_by_id", NEW."scope_id", NEW."status", NEW."subject_email", NEW."subject_name", NEW."subject_user_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_c5357(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_c5357() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "audits_evidenceevent" ("answer_id", "content_type", "created_at", "file", "id", "original_name", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "size", "uploaded_by_id") VALUES (NEW."answer_id", NEW."content_type", NEW."created_at", NEW."file", NEW."id", NEW."original_name", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."size", NEW."uploaded_by_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_cc03a(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_cc03a() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "records_archivepackageevent" ("created_at", "delivered_at", "delivered_by_id", "delivery_receipt", "error", "finished_at", "id", "organisation_id", "period_end", "period_start", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "record_ids", "record_type", "requested_by_id", "sha256", "size", "status") VALUES (NEW."created_at", NEW."delivered_at", NEW."delivered_by_id", NEW."delivery_receipt", NEW."error", NEW."finished_at", NEW."id", NEW."organisation_id", NEW."period_end", NEW."period_start", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."record_ids", NEW."record_type", NEW."requested_by_id", NEW."sha256", NEW."size", NEW."status"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_cf9b5(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_cf9b5() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "reviews_objectiveevent" ("created_at", "description", "id", "is_active", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "title", "unit_id") VALUES (NEW."created_at", NEW."description", NEW."id", NEW."is_active", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."title", NEW."unit_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_d4ac8(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_d4ac8() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_attachmentevent" ("content_type", "created_at", "deviation_id", "file", "id", "original_name", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "size", "uploaded_by_id") VALUES (NEW."content_type", NEW."created_at", NEW."deviation_id", NEW."file", NEW."id", NEW."original_name", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."size", NEW."uploaded_by_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_d7b3f(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_d7b3f() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_exportevent" ("created_at", "error", "file", "finished_at", "format", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "query", "requested_by_id", "rows_done", "rows_total", "status") VALUES (NEW."created_at", NEW."error", NEW."file", NEW."finished_at", NEW."format", NEW."id", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."query", NEW."requested_by_id", NEW."rows_done", NEW."rows_total", NEW."status"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_d9b5e(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_d9b5e() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "audits_answerevent" ("answered_by_id", "audit_id", "grade", "id", "notes", "order", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "question_id", "question_text", "updated_at") VALUES (NEW."answered_by_id", NEW."audit_id", NEW."grade", NEW."id", NEW."notes", NEW."order", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."question_id", NEW."question_text", NEW."updated_at"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_d9c00(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_d9c00() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "deviations_publicactivityevent" ("id", "is_visible", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "public_name", "unit_id") VALUES (NEW."id", NEW."is_visible", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."public_name", NEW."unit_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_df10c(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_df10c() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "qms_publicprofileevent" ("id", "logo", "organisation_name", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "updated_at") VALUES (NEW."id", NEW."logo", NEW."organisation_name", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."updated_at"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_e0737(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_e0737() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "provisioning_scimclientevent" ("created_at", "created_by_id", "id", "name", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "revoked_at", "rotated_at", "token_hint") VALUES (NEW."created_at", NEW."created_by_id", NEW."id", NEW."name", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."revoked_at", NEW."rotated_at", NEW."token_hint"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_e1f67(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_e1f67() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "reviews_qualityreportevent" ("actions_taken", "created_at", "created_by_id", "decisions_asked", "id", "messages", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "published_at", "published_by_id", "results", "revision_of_id", "revision_reason", "status", "unit_id", "work_done", "year") VALUES (NEW."actions_taken", NEW."created_at", NEW."created_by_id", NEW."decisions_asked", NEW."id", NEW."messages", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."published_at", NEW."published_by_id", NEW."results", NEW."revision_of_id", NEW."revision_reason", NEW."status", NEW."unit_id", NEW."work_done", NEW."year"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_e38f2(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_e38f2() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "audits_questionevent" ("criterion_id", "guidance", "id", "is_active", "order", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "text") VALUES (NEW."criterion_id", NEW."guidance", NEW."id", NEW."is_active", NEW."order", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."text"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_e6809(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_e6809() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "reviews_indicatorevent" ("direction", "id", "is_survey", "name", "objective_id", "period", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "source", "target", "unit_of_measure") VALUES (NEW."direction", NEW."id", NEW."is_survey", NEW."name", NEW."objective_id", NEW."period", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."source", NEW."target", NEW."unit_of_measure"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_eb61c(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_eb61c() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "api_serviceaccountevent" ("created_at", "created_by_id", "description", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "user_id") VALUES (NEW."created_at", NEW."created_by_id", NEW."description", _pgh_attach_context(), NOW(), 'update', NEW."user_id", NEW."user_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_ebae0(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_ebae0() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "qms_organisationunitevent" ("code", "depth", "id", "is_active", "kind", "name", "path", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id") VALUES (NEW."code", NEW."depth", NEW."id", NEW."is_active", NEW."kind", NEW."name", NEW."path", _pgh_attach_context(), NOW(), 'update', NEW."id"); RETURN NULL;
                END;
            $$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: account_emailaddress; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.account_emailaddress (
    id integer NOT NULL,
    email character varying(254) NOT NULL,
    verified boolean NOT NULL,
    "primary" boolean NOT NULL,
    user_id bigint NOT NULL
);


--
-- Name: account_emailaddress_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.account_emailaddress ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.account_emailaddress_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: account_emailconfirmation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.account_emailconfirmation (
    id integer NOT NULL,
    created timestamp with time zone NOT NULL,
    sent timestamp with time zone,
    key character varying(64) NOT NULL,
    email_address_id integer NOT NULL
);


--
-- Name: account_emailconfirmation_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.account_emailconfirmation ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.account_emailconfirmation_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: api_accesstoken; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.api_accesstoken (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    scope character varying(10) NOT NULL,
    secret_hash character varying(64) NOT NULL,
    hint character varying(12) NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    created_at timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone,
    last_used_at timestamp with time zone,
    created_by_id bigint,
    user_id bigint NOT NULL
);


--
-- Name: api_accesstoken_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.api_accesstoken ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.api_accesstoken_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: api_accesstokenevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.api_accesstokenevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    scope character varying(10) NOT NULL,
    hint character varying(12) NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    created_at timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone,
    created_by_id bigint,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    user_id bigint NOT NULL
);


--
-- Name: api_accesstokenevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.api_accesstokenevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.api_accesstokenevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: api_ratecount; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.api_ratecount (
    id bigint NOT NULL,
    key character varying(100) NOT NULL,
    window_start timestamp with time zone NOT NULL,
    count integer NOT NULL,
    CONSTRAINT api_ratecount_count_check CHECK ((count >= 0))
);


--
-- Name: api_ratecount_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.api_ratecount ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.api_ratecount_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: api_serviceaccount; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.api_serviceaccount (
    user_id bigint NOT NULL,
    description character varying(300) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by_id bigint
);


--
-- Name: api_serviceaccountevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.api_serviceaccountevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    description character varying(300) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by_id bigint,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    user_id bigint NOT NULL
);


--
-- Name: api_serviceaccountevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.api_serviceaccountevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.api_serviceaccountevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: api_webhookattempt; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.api_webhookattempt (
    id bigint NOT NULL,
    at timestamp with time zone NOT NULL,
    response_status smallint,
    error text NOT NULL,
    duration_ms integer NOT NULL,
    delivery_id bigint NOT NULL,
    CONSTRAINT api_webhookattempt_duration_ms_check CHECK ((duration_ms >= 0)),
    CONSTRAINT api_webhookattempt_response_status_check CHECK ((response_status >= 0))
);


--
-- Name: api_webhookattempt_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.api_webhookattempt ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.api_webhookattempt_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: api_webhookdelivery; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.api_webhookdelivery (
    id bigint NOT NULL,
    status character varying(10) NOT NULL,
    attempts smallint NOT NULL,
    next_attempt_at timestamp with time zone NOT NULL,
    claimed_at timestamp with time zone,
    attempt_id uuid,
    response_status smallint,
    last_error text NOT NULL,
    delivered_at timestamp with time zone,
    created_at timestamp with time zone NOT NULL,
    event_id uuid NOT NULL,
    subscription_id bigint NOT NULL,
    CONSTRAINT api_webhookdelivery_attempts_check CHECK ((attempts >= 0)),
    CONSTRAINT api_webhookdelivery_response_status_check CHECK ((response_status >= 0))
);


--
-- Name: api_webhookdelivery_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.api_webhookdelivery ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.api_webhookdelivery_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: api_webhookevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.api_webhookevent (
    id uuid NOT NULL,
    kind character varying(40) NOT NULL,
    payload jsonb NOT NULL,
    created_at timestamp with time zone NOT NULL,
    key character varying(200) NOT NULL
);


--
-- Name: api_webhooksubscription; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.api_webhooksubscription (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    url character varying(500) NOT NULL,
    event_types character varying(40)[] NOT NULL,
    secret character varying(64) NOT NULL,
    is_active boolean NOT NULL,
    created_at timestamp with time zone NOT NULL,
    owner_id bigint NOT NULL
);


--
-- Name: api_webhooksubscription_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.api_webhooksubscription ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.api_webhooksubscription_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: api_webhooksubscriptionevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.api_webhooksubscriptionevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    url character varying(500) NOT NULL,
    event_types character varying(40)[] NOT NULL,
    is_active boolean NOT NULL,
    created_at timestamp with time zone NOT NULL,
    owner_id bigint NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL
);


--
-- Name: api_webhooksubscriptionevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.api_webhooksubscriptionevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.api_webhooksubscriptionevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: audits_answer; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audits_answer (
    id bigint NOT NULL,
    question_text character varying(500) NOT NULL,
    "order" integer NOT NULL,
    grade character varying(20) NOT NULL,
    notes text NOT NULL,
    updated_at timestamp with time zone,
    answered_by_id bigint,
    audit_id bigint NOT NULL,
    question_id bigint NOT NULL,
    CONSTRAINT audits_answer_order_check CHECK (("order" >= 0))
);


--
-- Name: audits_answer_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.audits_answer ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.audits_answer_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: audits_answerevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audits_answerevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    question_text character varying(500) NOT NULL,
    "order" integer NOT NULL,
    grade character varying(20) NOT NULL,
    notes text NOT NULL,
    updated_at timestamp with time zone,
    answered_by_id bigint,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    audit_id bigint NOT NULL,
    question_id bigint NOT NULL,
    CONSTRAINT audits_answerevent_order_check CHECK (("order" >= 0))
);


--
-- Name: audits_answerevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.audits_answerevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.audits_answerevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: audits_audit; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audits_audit (
    id bigint NOT NULL,
    kind character varying(20) NOT NULL,
    title character varying(200) NOT NULL,
    process character varying(200) NOT NULL,
    scope text NOT NULL,
    planned_date date NOT NULL,
    priority character varying(10) NOT NULL,
    priority_reason text NOT NULL,
    external_body character varying(200) NOT NULL,
    external_reference character varying(100) NOT NULL,
    external_auditors character varying(300) NOT NULL,
    participants text NOT NULL,
    status character varying(20) NOT NULL,
    performed_on date,
    summary text NOT NULL,
    conclusion text NOT NULL,
    reported_at timestamp with time zone,
    closed_at timestamp with time zone,
    cancel_reason text NOT NULL,
    report_pdf character varying(300) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by_id bigint NOT NULL,
    unit_id bigint NOT NULL,
    programme_id bigint NOT NULL,
    CONSTRAINT audit_closed_has_report CHECK (((NOT ((status)::text = 'closed'::text)) OR (NOT ((report_pdf)::text = ''::text)))),
    CONSTRAINT audit_performed_has_date CHECK ((((status)::text = ANY ((ARRAY['planned'::character varying, 'prepared'::character varying, 'cancelled'::character varying])::text[])) OR (performed_on IS NOT NULL)))
);


--
-- Name: audits_audit_criteria; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audits_audit_criteria (
    id bigint NOT NULL,
    audit_id bigint NOT NULL,
    criterion_id bigint NOT NULL
);


--
-- Name: audits_audit_criteria_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.audits_audit_criteria ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.audits_audit_criteria_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: audits_audit_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.audits_audit ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.audits_audit_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: audits_auditevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audits_auditevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    kind character varying(20) NOT NULL,
    title character varying(200) NOT NULL,
    process character varying(200) NOT NULL,
    scope text NOT NULL,
    planned_date date NOT NULL,
    priority character varying(10) NOT NULL,
    priority_reason text NOT NULL,
    external_body character varying(200) NOT NULL,
    external_reference character varying(100) NOT NULL,
    external_auditors character varying(300) NOT NULL,
    participants text NOT NULL,
    status character varying(20) NOT NULL,
    performed_on date,
    summary text NOT NULL,
    conclusion text NOT NULL,
    reported_at timestamp with time zone,
    closed_at timestamp with time zone,
    cancel_reason text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by_id bigint NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    unit_id bigint NOT NULL,
    programme_id bigint NOT NULL
);


--
-- Name: audits_auditevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.audits_auditevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.audits_auditevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: audits_criterion; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audits_criterion (
    id bigint NOT NULL,
    framework character varying(20) NOT NULL,
    reference character varying(40) NOT NULL,
    title character varying(200) NOT NULL,
    "order" smallint NOT NULL,
    is_active boolean NOT NULL,
    CONSTRAINT audits_criterion_order_check CHECK (("order" >= 0))
);


--
-- Name: audits_criterion_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.audits_criterion ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.audits_criterion_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: audits_criterionevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audits_criterionevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    framework character varying(20) NOT NULL,
    reference character varying(40) NOT NULL,
    title character varying(200) NOT NULL,
    "order" smallint NOT NULL,
    is_active boolean NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    CONSTRAINT audits_criterionevent_order_check CHECK (("order" >= 0))
);


--
-- Name: audits_criterionevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.audits_criterionevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.audits_criterionevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: audits_evidence; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audits_evidence (
    id bigint NOT NULL,
    file character varying(300) NOT NULL,
    original_name character varying(255) NOT NULL,
    content_type character varying(100) NOT NULL,
    size bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    answer_id bigint NOT NULL,
    uploaded_by_id bigint NOT NULL,
    CONSTRAINT audits_evidence_size_check CHECK ((size >= 0))
);


--
-- Name: audits_evidence_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.audits_evidence ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.audits_evidence_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: audits_evidenceevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audits_evidenceevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    file character varying(300) NOT NULL,
    original_name character varying(255) NOT NULL,
    content_type character varying(100) NOT NULL,
    size bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    answer_id bigint NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    uploaded_by_id bigint NOT NULL,
    CONSTRAINT audits_evidenceevent_size_check CHECK ((size >= 0))
);


--
-- Name: audits_evidenceevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.audits_evidenceevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.audits_evidenceevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: audits_finding; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audits_finding (
    id bigint NOT NULL,
    grade character varying(20) NOT NULL,
    title character varying(500) NOT NULL,
    description text NOT NULL,
    verified_at timestamp with time zone,
    verification text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    answer_id bigint,
    audit_id bigint NOT NULL,
    created_by_id bigint NOT NULL,
    criterion_id bigint,
    deviation_id bigint,
    verified_by_id bigint,
    CONSTRAINT finding_verified_has_text CHECK (((verified_at IS NULL) OR (NOT (verification = ''::text))))
);


--
-- Name: audits_finding_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.audits_finding ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.audits_finding_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: audits_findingevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audits_findingevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    grade character varying(20) NOT NULL,
    title character varying(500) NOT NULL,
    description text NOT NULL,
    verified_at timestamp with time zone,
    verification text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    answer_id bigint,
    audit_id bigint NOT NULL,
    created_by_id bigint NOT NULL,
    criterion_id bigint,
    deviation_id bigint,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    verified_by_id bigint
);


--
-- Name: audits_findingevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.audits_findingevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.audits_findingevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: audits_programme; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audits_programme (
    id bigint NOT NULL,
    year smallint NOT NULL,
    objectives text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by_id bigint NOT NULL,
    unit_id bigint NOT NULL,
    CONSTRAINT audits_programme_year_check CHECK ((year >= 0))
);


--
-- Name: audits_programme_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.audits_programme ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.audits_programme_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: audits_programmeevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audits_programmeevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    year smallint NOT NULL,
    objectives text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by_id bigint NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    unit_id bigint NOT NULL,
    CONSTRAINT audits_programmeevent_year_check CHECK ((year >= 0))
);


--
-- Name: audits_programmeevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.audits_programmeevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.audits_programmeevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: audits_question; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audits_question (
    id bigint NOT NULL,
    text character varying(500) NOT NULL,
    guidance text NOT NULL,
    "order" smallint NOT NULL,
    is_active boolean NOT NULL,
    criterion_id bigint NOT NULL,
    CONSTRAINT audits_question_order_check CHECK (("order" >= 0))
);


--
-- Name: audits_question_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.audits_question ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.audits_question_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: audits_questionevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audits_questionevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    text character varying(500) NOT NULL,
    guidance text NOT NULL,
    "order" smallint NOT NULL,
    is_active boolean NOT NULL,
    criterion_id bigint NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    CONSTRAINT audits_questionevent_order_check CHECK (("order" >= 0))
);


--
-- Name: audits_questionevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.audits_questionevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.audits_questionevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: audits_teammember; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audits_teammember (
    id bigint NOT NULL,
    role character varying(20) NOT NULL,
    override_reason text NOT NULL,
    override_at timestamp with time zone,
    added_at timestamp with time zone NOT NULL,
    audit_id bigint NOT NULL,
    override_by_id bigint,
    user_id bigint NOT NULL,
    CONSTRAINT team_override_has_reason CHECK (((override_by_id IS NULL) OR (NOT (override_reason = ''::text))))
);


--
-- Name: audits_teammember_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.audits_teammember ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.audits_teammember_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: audits_teammemberevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audits_teammemberevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    role character varying(20) NOT NULL,
    override_reason text NOT NULL,
    override_at timestamp with time zone,
    added_at timestamp with time zone NOT NULL,
    audit_id bigint NOT NULL,
    override_by_id bigint,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    user_id bigint NOT NULL
);


--
-- Name: audits_teammemberevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.audits_teammemberevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.audits_teammemberevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: auth_group; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_group (
    id integer NOT NULL,
    name character varying(150) NOT NULL
);


--
-- Name: auth_group_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.auth_group ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.auth_group_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: auth_group_permissions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_group_permissions (
    id bigint NOT NULL,
    group_id integer NOT NULL,
    permission_id integer NOT NULL
);


--
-- Name: auth_group_permissions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.auth_group_permissions ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.auth_group_permissions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: auth_permission; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_permission (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    content_type_id integer NOT NULL,
    codename character varying(100) NOT NULL
);


--
-- Name: auth_permission_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.auth_permission ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.auth_permission_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: axes_accessattempt; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.axes_accessattempt (
    id integer NOT NULL,
    user_agent character varying(255) NOT NULL,
    ip_address inet,
    username character varying(255),
    http_accept character varying(1025) NOT NULL,
    path_info character varying(255) NOT NULL,
    attempt_time timestamp with time zone NOT NULL,
    get_data text NOT NULL,
    post_data text NOT NULL,
    failures_since_start integer NOT NULL,
    CONSTRAINT axes_accessattempt_failures_since_start_check CHECK ((failures_since_start >= 0))
);


--
-- Name: axes_accessattempt_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.axes_accessattempt ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.axes_accessattempt_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: axes_accessattemptexpiration; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.axes_accessattemptexpiration (
    access_attempt_id integer NOT NULL,
    expires_at timestamp with time zone NOT NULL
);


--
-- Name: axes_accessfailurelog; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.axes_accessfailurelog (
    id integer NOT NULL,
    user_agent character varying(255) NOT NULL,
    ip_address inet,
    username character varying(255),
    http_accept character varying(1025) NOT NULL,
    path_info character varying(255) NOT NULL,
    attempt_time timestamp with time zone NOT NULL,
    locked_out boolean NOT NULL
);


--
-- Name: axes_accessfailurelog_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.axes_accessfailurelog ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.axes_accessfailurelog_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: axes_accesslog; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.axes_accesslog (
    id integer NOT NULL,
    user_agent character varying(255) NOT NULL,
    ip_address inet,
    username character varying(255),
    http_accept character varying(1025) NOT NULL,
    path_info character varying(255) NOT NULL,
    attempt_time timestamp with time zone NOT NULL,
    logout_time timestamp with time zone,
    session_hash character varying(64) NOT NULL
);


--
-- Name: axes_accesslog_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.axes_accesslog ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.axes_accesslog_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: certifications_calendarfeed; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.certifications_calendarfeed (
    id bigint NOT NULL,
    token_hash character varying(64) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    user_id bigint NOT NULL
);


--
-- Name: certifications_calendarfeed_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.certifications_calendarfeed ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.certifications_calendarfeed_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: certifications_certificate; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.certifications_certificate (
    id bigint NOT NULL,
    issuer character varying(200) NOT NULL,
    status character varying(20) NOT NULL,
    not_renewing_decided_on date,
    not_renewing_reason text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    not_renewing_decided_by_id bigint,
    responsible_id bigint NOT NULL,
    standard_id bigint NOT NULL,
    CONSTRAINT certificate_not_renewing_has_decision CHECK (((NOT ((status)::text = 'not_renewing'::text)) OR ((not_renewing_decided_on IS NOT NULL) AND (not_renewing_decided_by_id IS NOT NULL) AND (NOT (not_renewing_reason = ''::text)))))
);


--
-- Name: certifications_certificate_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.certifications_certificate ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.certifications_certificate_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: certifications_certificate_units; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.certifications_certificate_units (
    id bigint NOT NULL,
    certificate_id bigint NOT NULL,
    organisationunit_id bigint NOT NULL
);


--
-- Name: certifications_certificate_units_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.certifications_certificate_units ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.certifications_certificate_units_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: certifications_certificateevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.certifications_certificateevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    issuer character varying(200) NOT NULL,
    status character varying(20) NOT NULL,
    not_renewing_decided_on date,
    not_renewing_reason text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    not_renewing_decided_by_id bigint,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    responsible_id bigint NOT NULL,
    standard_id bigint NOT NULL
);


--
-- Name: certifications_certificateevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.certifications_certificateevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.certifications_certificateevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: certifications_cycle; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.certifications_cycle (
    id bigint NOT NULL,
    number character varying(100) NOT NULL,
    issue_date date NOT NULL,
    is_initial boolean NOT NULL,
    expiry_date date NOT NULL,
    expiry_override date,
    expiry_override_reason text NOT NULL,
    certificate_file character varying(100) NOT NULL,
    certificate_file_name character varying(255) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    certificate_id bigint NOT NULL,
    previous_id bigint,
    CONSTRAINT cycle_expires_after_issue CHECK ((expiry_date > issue_date)),
    CONSTRAINT cycle_expiry_override_has_reason CHECK (((expiry_override IS NULL) OR (NOT (expiry_override_reason = ''::text))))
);


--
-- Name: certifications_cycle_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.certifications_cycle ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.certifications_cycle_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: certifications_cycleevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.certifications_cycleevent (
    id bigint NOT NULL,
    kind character varying(20) NOT NULL,
    name character varying(200) NOT NULL,
    planned_date date NOT NULL,
    planned_by_cycle boolean NOT NULL,
    actual_date date,
    outcome character varying(20) NOT NULL,
    notes text NOT NULL,
    audit_reference character varying(100) NOT NULL,
    audit_object_id bigint,
    audit_content_type_id integer,
    cycle_id bigint NOT NULL,
    template_id bigint,
    reminding boolean DEFAULT false NOT NULL,
    CONSTRAINT certifications_cycleevent_audit_object_id_check CHECK ((audit_object_id >= 0)),
    CONSTRAINT cycle_event_audit_link_complete CHECK ((((audit_content_type_id IS NULL) AND (audit_object_id IS NULL)) OR ((audit_content_type_id IS NOT NULL) AND (audit_object_id IS NOT NULL)))),
    CONSTRAINT cycle_event_done_has_outcome CHECK (((actual_date IS NULL) OR (NOT ((outcome)::text = ''::text))))
);


--
-- Name: certifications_cycleevent_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.certifications_cycleevent ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.certifications_cycleevent_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: certifications_cycleeventevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.certifications_cycleeventevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    kind character varying(20) NOT NULL,
    name character varying(200) NOT NULL,
    planned_date date NOT NULL,
    planned_by_cycle boolean NOT NULL,
    actual_date date,
    outcome character varying(20) NOT NULL,
    notes text NOT NULL,
    audit_reference character varying(100) NOT NULL,
    audit_object_id bigint,
    audit_content_type_id integer,
    cycle_id bigint NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    template_id bigint,
    CONSTRAINT certifications_cycleeventevent_audit_object_id_check CHECK ((audit_object_id >= 0))
);


--
-- Name: certifications_cycleeventevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.certifications_cycleeventevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.certifications_cycleeventevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: certifications_cyclehistoryevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.certifications_cyclehistoryevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    number character varying(100) NOT NULL,
    issue_date date NOT NULL,
    is_initial boolean NOT NULL,
    expiry_date date NOT NULL,
    expiry_override date,
    expiry_override_reason text NOT NULL,
    certificate_file character varying(100) NOT NULL,
    certificate_file_name character varying(255) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    certificate_id bigint NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    previous_id bigint
);


--
-- Name: certifications_cyclehistoryevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.certifications_cyclehistoryevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.certifications_cyclehistoryevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: certifications_eventtemplate; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.certifications_eventtemplate (
    id bigint NOT NULL,
    kind character varying(20) NOT NULL,
    name character varying(200) NOT NULL,
    anchor character varying(10) NOT NULL,
    offset_months smallint NOT NULL,
    initial_only boolean NOT NULL,
    "order" smallint NOT NULL,
    standard_id bigint NOT NULL,
    CONSTRAINT certifications_eventtemplate_order_check CHECK (("order" >= 0))
);


--
-- Name: certifications_eventtemplate_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.certifications_eventtemplate ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.certifications_eventtemplate_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: certifications_evidenceitem; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.certifications_evidenceitem (
    id bigint NOT NULL,
    "order" smallint NOT NULL,
    title character varying(200) NOT NULL,
    guidance text NOT NULL,
    text text NOT NULL,
    document character varying(100) NOT NULL,
    document_name character varying(255) NOT NULL,
    done boolean NOT NULL,
    done_at timestamp with time zone,
    copied_from_id bigint,
    cycle_id bigint NOT NULL,
    done_by_id bigint,
    CONSTRAINT certifications_evidenceitem_order_check CHECK (("order" >= 0))
);


--
-- Name: certifications_evidenceitem_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.certifications_evidenceitem ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.certifications_evidenceitem_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: certifications_evidenceitemevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.certifications_evidenceitemevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    "order" smallint NOT NULL,
    title character varying(200) NOT NULL,
    guidance text NOT NULL,
    text text NOT NULL,
    document character varying(100) NOT NULL,
    document_name character varying(255) NOT NULL,
    done boolean NOT NULL,
    done_at timestamp with time zone,
    copied_from_id bigint,
    cycle_id bigint NOT NULL,
    done_by_id bigint,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    CONSTRAINT certifications_evidenceitemevent_order_check CHECK (("order" >= 0))
);


--
-- Name: certifications_evidenceitemevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.certifications_evidenceitemevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.certifications_evidenceitemevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: certifications_evidencetemplate; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.certifications_evidencetemplate (
    id bigint NOT NULL,
    "order" smallint NOT NULL,
    title character varying(200) NOT NULL,
    guidance text NOT NULL,
    standard_id bigint NOT NULL,
    CONSTRAINT certifications_evidencetemplate_order_check CHECK (("order" >= 0))
);


--
-- Name: certifications_evidencetemplate_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.certifications_evidencetemplate ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.certifications_evidencetemplate_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: certifications_sentreminder; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.certifications_sentreminder (
    id bigint NOT NULL,
    target_date date NOT NULL,
    days_before smallint NOT NULL,
    due_date date NOT NULL,
    late boolean NOT NULL,
    sent_at timestamp with time zone NOT NULL,
    cycle_id bigint,
    event_id bigint,
    CONSTRAINT sent_reminder_one_subject CHECK ((((cycle_id IS NOT NULL) AND (event_id IS NULL)) OR ((cycle_id IS NULL) AND (event_id IS NOT NULL))))
);


--
-- Name: certifications_sentreminder_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.certifications_sentreminder ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.certifications_sentreminder_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: certifications_standard; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.certifications_standard (
    id bigint NOT NULL,
    code character varying(40) NOT NULL,
    name character varying(200) NOT NULL,
    short_name character varying(40) NOT NULL,
    issuer character varying(200) NOT NULL,
    renewal_kind character varying(20) NOT NULL,
    validity_months smallint NOT NULL,
    reminder_days smallint[] NOT NULL,
    is_active boolean NOT NULL,
    CONSTRAINT certifications_standard_validity_months_check CHECK ((validity_months >= 0)),
    CONSTRAINT standard_validity_positive CHECK ((validity_months > 0))
);


--
-- Name: certifications_standard_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.certifications_standard ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.certifications_standard_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: certifications_standardevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.certifications_standardevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    code character varying(40) NOT NULL,
    name character varying(200) NOT NULL,
    short_name character varying(40) NOT NULL,
    issuer character varying(200) NOT NULL,
    renewal_kind character varying(20) NOT NULL,
    validity_months smallint NOT NULL,
    reminder_days smallint[] NOT NULL,
    is_active boolean NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    CONSTRAINT certifications_standardevent_validity_months_check CHECK ((validity_months >= 0))
);


--
-- Name: certifications_standardevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.certifications_standardevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.certifications_standardevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: deviations_accessibilitystatement; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deviations_accessibilitystatement (
    id bigint NOT NULL,
    text text NOT NULL,
    contact text NOT NULL,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: deviations_accessibilitystatement_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.deviations_accessibilitystatement ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.deviations_accessibilitystatement_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: deviations_accessibilitystatementevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deviations_accessibilitystatementevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    text text NOT NULL,
    contact text NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL
);


--
-- Name: deviations_accessibilitystatementevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.deviations_accessibilitystatementevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.deviations_accessibilitystatementevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: deviations_action; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deviations_action (
    id bigint NOT NULL,
    object_id bigint,
    kind character varying(20) NOT NULL,
    title character varying(200) NOT NULL,
    description text NOT NULL,
    due_date date NOT NULL,
    status character varying(20) NOT NULL,
    result text NOT NULL,
    effectiveness_check text NOT NULL,
    is_confidential boolean NOT NULL,
    created_at timestamp with time zone NOT NULL,
    completed_at timestamp with time zone,
    verified_at timestamp with time zone,
    content_type_id integer,
    created_by_id bigint NOT NULL,
    owner_id bigint NOT NULL,
    unit_id bigint NOT NULL,
    verified_by_id bigint,
    previous_number character varying(60) DEFAULT ''::character varying NOT NULL,
    CONSTRAINT deviations_action_object_id_check CHECK ((object_id >= 0))
);


--
-- Name: deviations_action_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.deviations_action ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.deviations_action_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: deviations_actionevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deviations_actionevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    object_id bigint,
    kind character varying(20) NOT NULL,
    title character varying(200) NOT NULL,
    description text NOT NULL,
    due_date date NOT NULL,
    status character varying(20) NOT NULL,
    result text NOT NULL,
    effectiveness_check text NOT NULL,
    is_confidential boolean NOT NULL,
    created_at timestamp with time zone NOT NULL,
    completed_at timestamp with time zone,
    verified_at timestamp with time zone,
    content_type_id integer,
    created_by_id bigint NOT NULL,
    owner_id bigint NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    unit_id bigint NOT NULL,
    verified_by_id bigint,
    previous_number character varying(60) DEFAULT ''::character varying NOT NULL,
    CONSTRAINT deviations_actionevent_object_id_check CHECK ((object_id >= 0))
);


--
-- Name: deviations_actionevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.deviations_actionevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.deviations_actionevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: deviations_attachment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deviations_attachment (
    id bigint NOT NULL,
    file character varying(300) NOT NULL,
    original_name character varying(255) NOT NULL,
    content_type character varying(100) NOT NULL,
    size bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    uploaded_by_id bigint NOT NULL,
    deviation_id bigint NOT NULL,
    CONSTRAINT deviations_attachment_size_check CHECK ((size >= 0))
);


--
-- Name: deviations_attachment_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.deviations_attachment ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.deviations_attachment_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: deviations_attachmentevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deviations_attachmentevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    file character varying(300) NOT NULL,
    original_name character varying(255) NOT NULL,
    content_type character varying(100) NOT NULL,
    size bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    uploaded_by_id bigint NOT NULL,
    deviation_id bigint NOT NULL,
    CONSTRAINT deviations_attachmentevent_size_check CHECK ((size >= 0))
);


--
-- Name: deviations_attachmentevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.deviations_attachmentevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.deviations_attachmentevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: deviations_casecounter; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deviations_casecounter (
    id bigint NOT NULL,
    series character varying(10) NOT NULL,
    year smallint NOT NULL,
    last_number integer NOT NULL,
    organisation_id bigint NOT NULL,
    CONSTRAINT deviations_casecounter_last_number_check CHECK ((last_number >= 0)),
    CONSTRAINT deviations_casecounter_year_check CHECK ((year >= 0))
);


--
-- Name: deviations_casecounter_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.deviations_casecounter ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.deviations_casecounter_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: deviations_category; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deviations_category (
    id bigint NOT NULL,
    name character varying(120) NOT NULL,
    description character varying(300) NOT NULL,
    is_sensitive boolean NOT NULL,
    asks_ia_number boolean NOT NULL,
    is_active boolean NOT NULL,
    parent_id bigint,
    is_health_care boolean NOT NULL
);


--
-- Name: deviations_category_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.deviations_category ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.deviations_category_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: deviations_categoryevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deviations_categoryevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    name character varying(120) NOT NULL,
    description character varying(300) NOT NULL,
    is_sensitive boolean NOT NULL,
    asks_ia_number boolean NOT NULL,
    is_active boolean NOT NULL,
    parent_id bigint,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    is_health_care boolean NOT NULL
);


--
-- Name: deviations_categoryevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.deviations_categoryevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.deviations_categoryevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: deviations_categorysensitivitydecision; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deviations_categorysensitivitydecision (
    id bigint NOT NULL,
    is_sensitive boolean NOT NULL,
    reason text NOT NULL,
    decided_at timestamp with time zone NOT NULL,
    category_id bigint NOT NULL,
    decided_by_id bigint NOT NULL
);


--
-- Name: deviations_categorysensitivitydecision_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.deviations_categorysensitivitydecision ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.deviations_categorysensitivitydecision_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: deviations_comment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deviations_comment (
    id bigint NOT NULL,
    text text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    author_id bigint NOT NULL,
    deviation_id bigint NOT NULL
);


--
-- Name: deviations_comment_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.deviations_comment ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.deviations_comment_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: deviations_commentevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deviations_commentevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    text text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    author_id bigint NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    deviation_id bigint NOT NULL
);


--
-- Name: deviations_commentevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.deviations_commentevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.deviations_commentevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: deviations_confidentialread; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deviations_confidentialread (
    id bigint NOT NULL,
    what character varying(40) NOT NULL,
    at timestamp with time zone NOT NULL,
    user_id bigint NOT NULL,
    deviation_id bigint NOT NULL
);


--
-- Name: deviations_confidentialread_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.deviations_confidentialread ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.deviations_confidentialread_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: deviations_deviation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deviations_deviation (
    id bigint NOT NULL,
    number character varying(20) NOT NULL,
    status character varying(20) NOT NULL,
    title character varying(200) NOT NULL,
    description text NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    location character varying(200) NOT NULL,
    immediate_action text NOT NULL,
    ia_case_number character varying(40) NOT NULL,
    probability smallint,
    consequence smallint,
    risk_score smallint GENERATED ALWAYS AS ((probability * consequence)) STORED,
    is_confidential boolean NOT NULL,
    cause_groups character varying(20)[] NOT NULL,
    cause_analysis text NOT NULL,
    effectiveness_evaluation text NOT NULL,
    dismissal_reason text NOT NULL,
    reopen_reason text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    closed_at timestamp with time zone,
    search tsvector GENERATED ALWAYS AS (to_tsvector('swedish'::regconfig, (((COALESCE(title, ''::character varying))::text || ' '::text) || COALESCE(description, ''::text)))) STORED,
    category_id bigint,
    investigator_id bigint,
    organisation_id bigint NOT NULL,
    reported_by_id bigint NOT NULL,
    unit_id bigint NOT NULL,
    requirement_id bigint,
    supplier_id bigint,
    previous_number character varying(60) DEFAULT ''::character varying NOT NULL,
    effect_check_due date,
    effect_check_result text DEFAULT ''::text NOT NULL,
    effect_checked_at timestamp with time zone,
    CONSTRAINT deviation_consequence_range CHECK (((consequence IS NULL) OR ((consequence >= 1) AND (consequence <= 4)))),
    CONSTRAINT deviation_probability_range CHECK (((probability IS NULL) OR ((probability >= 1) AND (probability <= 4)))),
    CONSTRAINT deviations_deviation_consequence_check CHECK ((consequence >= 0)),
    CONSTRAINT deviations_deviation_probability_check CHECK ((probability >= 0))
);


--
-- Name: deviations_deviation_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.deviations_deviation ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.deviations_deviation_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: deviations_deviationevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deviations_deviationevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    number character varying(20) NOT NULL,
    status character varying(20) NOT NULL,
    title character varying(200) NOT NULL,
    description text NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    location character varying(200) NOT NULL,
    immediate_action text NOT NULL,
    ia_case_number character varying(40) NOT NULL,
    probability smallint,
    consequence smallint,
    is_confidential boolean NOT NULL,
    cause_groups character varying(20)[] NOT NULL,
    cause_analysis text NOT NULL,
    effectiveness_evaluation text NOT NULL,
    dismissal_reason text NOT NULL,
    reopen_reason text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    closed_at timestamp with time zone,
    category_id bigint,
    investigator_id bigint,
    organisation_id bigint NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    reported_by_id bigint NOT NULL,
    unit_id bigint NOT NULL,
    requirement_id bigint,
    supplier_id bigint,
    previous_number character varying(60) DEFAULT ''::character varying NOT NULL,
    effect_check_due date,
    effect_check_result text DEFAULT ''::text NOT NULL,
    effect_checked_at timestamp with time zone,
    CONSTRAINT deviations_deviationevent_consequence_check CHECK ((consequence >= 0)),
    CONSTRAINT deviations_deviationevent_probability_check CHECK ((probability >= 0))
);


--
-- Name: deviations_deviationevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.deviations_deviationevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.deviations_deviationevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: deviations_deviationtally; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deviations_deviationtally (
    id bigint NOT NULL,
    subtree boolean NOT NULL,
    kind character varying(6) NOT NULL,
    month date,
    status character varying(20) NOT NULL,
    is_confidential boolean NOT NULL,
    count integer NOT NULL,
    seconds double precision NOT NULL,
    category_id bigint,
    unit_id bigint NOT NULL
);


--
-- Name: deviations_deviationtally_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.deviations_deviationtally ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.deviations_deviationtally_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: deviations_export; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deviations_export (
    id bigint NOT NULL,
    query character varying(2000) NOT NULL,
    format character varying(4) NOT NULL,
    status character varying(10) NOT NULL,
    rows_done integer NOT NULL,
    rows_total integer,
    file character varying(300) NOT NULL,
    error text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    finished_at timestamp with time zone,
    requested_by_id bigint NOT NULL,
    CONSTRAINT deviations_export_rows_done_check CHECK ((rows_done >= 0)),
    CONSTRAINT deviations_export_rows_total_check CHECK ((rows_total >= 0))
);


--
-- Name: deviations_export_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.deviations_export ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.deviations_export_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: deviations_exportevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deviations_exportevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    query character varying(2000) NOT NULL,
    format character varying(4) NOT NULL,
    status character varying(10) NOT NULL,
    rows_done integer NOT NULL,
    rows_total integer,
    file character varying(300) NOT NULL,
    error text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    finished_at timestamp with time zone,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    requested_by_id bigint NOT NULL,
    CONSTRAINT deviations_exportevent_rows_done_check CHECK ((rows_done >= 0)),
    CONSTRAINT deviations_exportevent_rows_total_check CHECK ((rows_total >= 0))
);


--
-- Name: deviations_exportevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.deviations_exportevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.deviations_exportevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: deviations_feedback; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deviations_feedback (
    id bigint NOT NULL,
    number character varying(20) NOT NULL,
    kind character varying(20) NOT NULL,
    text text NOT NULL,
    contact_name character varying(200) NOT NULL,
    contact_email character varying(254) NOT NULL,
    contact_phone character varying(40) NOT NULL,
    contact_removed_at timestamp with time zone,
    status character varying(20) NOT NULL,
    due_date date NOT NULL,
    answer text NOT NULL,
    answered_at timestamp with time zone,
    answer_sent_to character varying(254) NOT NULL,
    tracking_token_hash character varying(64) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    closed_at timestamp with time zone,
    answered_by_id bigint,
    assignee_id bigint,
    deviation_id bigint,
    organisation_id bigint NOT NULL,
    unit_id bigint NOT NULL
);


--
-- Name: deviations_feedback_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.deviations_feedback ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.deviations_feedback_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: deviations_feedbackevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deviations_feedbackevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    number character varying(20) NOT NULL,
    kind character varying(20) NOT NULL,
    text text NOT NULL,
    contact_removed_at timestamp with time zone,
    status character varying(20) NOT NULL,
    due_date date NOT NULL,
    answer text NOT NULL,
    answered_at timestamp with time zone,
    answer_sent_to character varying(254) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    closed_at timestamp with time zone,
    answered_by_id bigint,
    assignee_id bigint,
    deviation_id bigint,
    organisation_id bigint NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    unit_id bigint NOT NULL
);


--
-- Name: deviations_feedbackevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.deviations_feedbackevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.deviations_feedbackevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: deviations_feedbackpolicy; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deviations_feedbackpolicy (
    id bigint NOT NULL,
    response_days smallint NOT NULL,
    organisation_id bigint NOT NULL,
    CONSTRAINT deviations_feedbackpolicy_response_days_check CHECK ((response_days >= 0))
);


--
-- Name: deviations_feedbackpolicy_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.deviations_feedbackpolicy ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.deviations_feedbackpolicy_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: deviations_feedbackpolicyevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deviations_feedbackpolicyevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    response_days smallint NOT NULL,
    organisation_id bigint NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    CONSTRAINT deviations_feedbackpolicyevent_response_days_check CHECK ((response_days >= 0))
);


--
-- Name: deviations_feedbackpolicyevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.deviations_feedbackpolicyevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.deviations_feedbackpolicyevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: deviations_legaltrack; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deviations_legaltrack (
    id bigint NOT NULL,
    kind character varying(20) NOT NULL,
    status character varying(20) NOT NULL,
    flagged_at timestamp with time zone NOT NULL,
    aware_at timestamp with time zone NOT NULL,
    is_serious boolean,
    assessment text NOT NULL,
    assessed_at timestamp with time zone,
    clock_started_at timestamp with time zone,
    deadline timestamp with time zone,
    reported_at timestamp with time zone,
    authority_reference character varying(100) NOT NULL,
    authority_decision text NOT NULL,
    authority_decided_at date,
    patient_informed boolean,
    assessed_by_id bigint,
    deviation_id bigint NOT NULL,
    flagged_by_id bigint NOT NULL
);


--
-- Name: deviations_legaltrack_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.deviations_legaltrack ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.deviations_legaltrack_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: deviations_legaltrackevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deviations_legaltrackevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    kind character varying(20) NOT NULL,
    status character varying(20) NOT NULL,
    flagged_at timestamp with time zone NOT NULL,
    aware_at timestamp with time zone NOT NULL,
    is_serious boolean,
    assessment text NOT NULL,
    assessed_at timestamp with time zone,
    clock_started_at timestamp with time zone,
    deadline timestamp with time zone,
    reported_at timestamp with time zone,
    authority_reference character varying(100) NOT NULL,
    authority_decision text NOT NULL,
    authority_decided_at date,
    patient_informed boolean,
    assessed_by_id bigint,
    deviation_id bigint NOT NULL,
    flagged_by_id bigint NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL
);


--
-- Name: deviations_legaltrackevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.deviations_legaltrackevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.deviations_legaltrackevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: deviations_legaltrackrule; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deviations_legaltrackrule (
    id bigint NOT NULL,
    kind character varying(20) NOT NULL,
    legal_reference character varying(300) NOT NULL,
    target_hours integer NOT NULL,
    CONSTRAINT deviations_legaltrackrule_target_hours_check CHECK ((target_hours >= 0))
);


--
-- Name: deviations_legaltrackrule_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.deviations_legaltrackrule ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.deviations_legaltrackrule_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: deviations_legaltrackruleevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deviations_legaltrackruleevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    kind character varying(20) NOT NULL,
    legal_reference character varying(300) NOT NULL,
    target_hours integer NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    CONSTRAINT deviations_legaltrackruleevent_target_hours_check CHECK ((target_hours >= 0))
);


--
-- Name: deviations_legaltrackruleevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.deviations_legaltrackruleevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.deviations_legaltrackruleevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: deviations_publicactivity; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deviations_publicactivity (
    id bigint NOT NULL,
    public_name character varying(200) NOT NULL,
    is_visible boolean NOT NULL,
    unit_id bigint NOT NULL
);


--
-- Name: deviations_publicactivity_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.deviations_publicactivity ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.deviations_publicactivity_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: deviations_publicactivityevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deviations_publicactivityevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    public_name character varying(200) NOT NULL,
    is_visible boolean NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    unit_id bigint NOT NULL
);


--
-- Name: deviations_publicactivityevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.deviations_publicactivityevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.deviations_publicactivityevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: deviations_requirement; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deviations_requirement (
    id bigint NOT NULL,
    title character varying(300) NOT NULL,
    kind character varying(20) NOT NULL,
    reference character varying(200) NOT NULL,
    description text NOT NULL,
    url character varying(200) NOT NULL,
    document character varying(300) NOT NULL,
    review_date date,
    is_active boolean NOT NULL,
    owner_unit_id bigint NOT NULL
);


--
-- Name: deviations_requirement_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.deviations_requirement ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.deviations_requirement_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: deviations_requirementevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deviations_requirementevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    title character varying(300) NOT NULL,
    kind character varying(20) NOT NULL,
    reference character varying(200) NOT NULL,
    description text NOT NULL,
    url character varying(200) NOT NULL,
    document character varying(300) NOT NULL,
    review_date date,
    is_active boolean NOT NULL,
    owner_unit_id bigint NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL
);


--
-- Name: deviations_requirementevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.deviations_requirementevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.deviations_requirementevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: deviations_savedfilter; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deviations_savedfilter (
    id bigint NOT NULL,
    list character varying(20) NOT NULL,
    name character varying(60) NOT NULL,
    query character varying(2000) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    user_id bigint NOT NULL
);


--
-- Name: deviations_savedfilter_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.deviations_savedfilter ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.deviations_savedfilter_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: deviations_submissionattempt; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deviations_submissionattempt (
    id bigint NOT NULL,
    address_hash character varying(64) NOT NULL,
    at timestamp with time zone NOT NULL
);


--
-- Name: deviations_submissionattempt_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.deviations_submissionattempt ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.deviations_submissionattempt_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: deviations_suggestion; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deviations_suggestion (
    id bigint NOT NULL,
    number character varying(20) NOT NULL,
    title character varying(200) NOT NULL,
    description text NOT NULL,
    reason text NOT NULL,
    status character varying(20) NOT NULL,
    decision_reason text NOT NULL,
    decided_at timestamp with time zone,
    created_at timestamp with time zone NOT NULL,
    decided_by_id bigint,
    organisation_id bigint NOT NULL,
    submitted_by_id bigint NOT NULL,
    unit_id bigint NOT NULL
);


--
-- Name: deviations_suggestion_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.deviations_suggestion ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.deviations_suggestion_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: deviations_suggestionevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deviations_suggestionevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    number character varying(20) NOT NULL,
    title character varying(200) NOT NULL,
    description text NOT NULL,
    reason text NOT NULL,
    status character varying(20) NOT NULL,
    decision_reason text NOT NULL,
    decided_at timestamp with time zone,
    created_at timestamp with time zone NOT NULL,
    decided_by_id bigint,
    organisation_id bigint NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    submitted_by_id bigint NOT NULL,
    unit_id bigint NOT NULL
);


--
-- Name: deviations_suggestionevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.deviations_suggestionevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.deviations_suggestionevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: deviations_supplier; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deviations_supplier (
    id bigint NOT NULL,
    name character varying(200) NOT NULL,
    organisation_number character varying(20) NOT NULL,
    delivers character varying(300) NOT NULL,
    contact character varying(200) NOT NULL,
    is_active boolean NOT NULL
);


--
-- Name: deviations_supplier_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.deviations_supplier ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.deviations_supplier_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: deviations_supplierevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deviations_supplierevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    name character varying(200) NOT NULL,
    organisation_number character varying(20) NOT NULL,
    delivers character varying(300) NOT NULL,
    contact character varying(200) NOT NULL,
    is_active boolean NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL
);


--
-- Name: deviations_supplierevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.deviations_supplierevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.deviations_supplierevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: django_admin_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.django_admin_log (
    id integer NOT NULL,
    action_time timestamp with time zone NOT NULL,
    object_id text,
    object_repr character varying(200) NOT NULL,
    action_flag smallint NOT NULL,
    change_message text NOT NULL,
    content_type_id integer,
    user_id bigint NOT NULL,
    CONSTRAINT django_admin_log_action_flag_check CHECK ((action_flag >= 0))
);


--
-- Name: django_admin_log_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.django_admin_log ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.django_admin_log_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: django_celery_beat_clockedschedule; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.django_celery_beat_clockedschedule (
    id integer NOT NULL,
    clocked_time timestamp with time zone NOT NULL
);


--
-- Name: django_celery_beat_clockedschedule_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.django_celery_beat_clockedschedule ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.django_celery_beat_clockedschedule_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: django_celery_beat_crontabschedule; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.django_celery_beat_crontabschedule (
    id integer NOT NULL,
    minute character varying(240) NOT NULL,
    hour character varying(96) NOT NULL,
    day_of_week character varying(64) NOT NULL,
    day_of_month character varying(124) NOT NULL,
    month_of_year character varying(64) NOT NULL,
    timezone character varying(63) NOT NULL
);


--
-- Name: django_celery_beat_crontabschedule_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.django_celery_beat_crontabschedule ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.django_celery_beat_crontabschedule_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: django_celery_beat_intervalschedule; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.django_celery_beat_intervalschedule (
    id integer NOT NULL,
    every integer NOT NULL,
    period character varying(24) NOT NULL
);


--
-- Name: django_celery_beat_intervalschedule_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.django_celery_beat_intervalschedule ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.django_celery_beat_intervalschedule_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: django_celery_beat_periodictask; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.django_celery_beat_periodictask (
    id integer NOT NULL,
    name character varying(200) NOT NULL,
    task character varying(200) NOT NULL,
    args text NOT NULL,
    kwargs text NOT NULL,
    queue character varying(200),
    exchange character varying(200),
    routing_key character varying(200),
    expires timestamp with time zone,
    enabled boolean NOT NULL,
    last_run_at timestamp with time zone,
    total_run_count integer NOT NULL,
    date_changed timestamp with time zone NOT NULL,
    description text NOT NULL,
    crontab_id integer,
    interval_id integer,
    solar_id integer,
    one_off boolean NOT NULL,
    start_time timestamp with time zone,
    priority integer,
    headers text NOT NULL,
    clocked_id integer,
    expire_seconds integer,
    CONSTRAINT django_celery_beat_periodictask_expire_seconds_check CHECK ((expire_seconds >= 0)),
    CONSTRAINT django_celery_beat_periodictask_priority_check CHECK ((priority >= 0)),
    CONSTRAINT django_celery_beat_periodictask_total_run_count_check CHECK ((total_run_count >= 0))
);


--
-- Name: django_celery_beat_periodictask_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.django_celery_beat_periodictask ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.django_celery_beat_periodictask_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: django_celery_beat_periodictasks; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.django_celery_beat_periodictasks (
    ident smallint NOT NULL,
    last_update timestamp with time zone NOT NULL
);


--
-- Name: django_celery_beat_solarschedule; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.django_celery_beat_solarschedule (
    id integer NOT NULL,
    event character varying(24) NOT NULL,
    latitude numeric(9,6) NOT NULL,
    longitude numeric(9,6) NOT NULL
);


--
-- Name: django_celery_beat_solarschedule_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.django_celery_beat_solarschedule ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.django_celery_beat_solarschedule_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: django_content_type; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.django_content_type (
    id integer NOT NULL,
    app_label character varying(100) NOT NULL,
    model character varying(100) NOT NULL
);


--
-- Name: django_content_type_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.django_content_type ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.django_content_type_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: django_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.django_migrations (
    id bigint NOT NULL,
    app character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    applied timestamp with time zone NOT NULL
);


--
-- Name: django_migrations_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.django_migrations ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.django_migrations_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: django_session; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.django_session (
    session_key character varying(40) NOT NULL,
    session_data text NOT NULL,
    expire_date timestamp with time zone NOT NULL
);


--
-- Name: identity_grantedmembership; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.identity_grantedmembership (
    membership_id bigint NOT NULL,
    claim character varying(200) NOT NULL,
    source character varying(100) NOT NULL,
    granted_at timestamp with time zone NOT NULL,
    mapping_id bigint
);


--
-- Name: identity_linkedidentityevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.identity_linkedidentityevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id integer NOT NULL,
    provider character varying(200) NOT NULL,
    uid character varying(191) NOT NULL,
    date_joined timestamp with time zone NOT NULL,
    pgh_context_id uuid,
    user_id bigint NOT NULL,
    pgh_obj_id integer NOT NULL
);


--
-- Name: identity_linkedidentityevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.identity_linkedidentityevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.identity_linkedidentityevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: identity_rolemapping; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.identity_rolemapping (
    id bigint NOT NULL,
    claim character varying(200) NOT NULL,
    value character varying(300) NOT NULL,
    description character varying(200) NOT NULL,
    role character varying(20) NOT NULL,
    sensitive_access boolean NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by_id bigint,
    unit_id bigint NOT NULL,
    CONSTRAINT role_mapping_sensitive_only_for_leaders CHECK (((NOT sensitive_access) OR ((role)::text = ANY ((ARRAY['manager'::character varying, 'coordinator'::character varying])::text[]))))
);


--
-- Name: identity_rolemapping_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.identity_rolemapping ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.identity_rolemapping_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: identity_rolemappingevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.identity_rolemappingevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    claim character varying(200) NOT NULL,
    value character varying(300) NOT NULL,
    description character varying(200) NOT NULL,
    role character varying(20) NOT NULL,
    sensitive_access boolean NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by_id bigint,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    unit_id bigint NOT NULL
);


--
-- Name: identity_rolemappingevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.identity_rolemappingevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.identity_rolemappingevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: identity_seentoken; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.identity_seentoken (
    id bigint NOT NULL,
    issuer character varying(500) NOT NULL,
    token_id character varying(500) NOT NULL,
    expires_at timestamp with time zone NOT NULL
);


--
-- Name: identity_seentoken_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.identity_seentoken ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.identity_seentoken_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: imports_columnmapping; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.imports_columnmapping (
    id bigint NOT NULL,
    kind character varying(20) NOT NULL,
    header_hash character varying(64) NOT NULL,
    header jsonb NOT NULL,
    mapping jsonb NOT NULL,
    source character varying(100) NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    updated_by_id bigint
);


--
-- Name: imports_columnmapping_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.imports_columnmapping ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.imports_columnmapping_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: imports_importedmanagerrole; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.imports_importedmanagerrole (
    id bigint NOT NULL,
    membership_id bigint NOT NULL,
    job_id bigint NOT NULL
);


--
-- Name: imports_importedmanagerrole_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.imports_importedmanagerrole ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.imports_importedmanagerrole_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: imports_importjob; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.imports_importjob (
    id bigint NOT NULL,
    kind character varying(20) NOT NULL,
    status character varying(20) NOT NULL,
    file character varying(300) NOT NULL,
    original_name character varying(255) NOT NULL,
    content_type character varying(100) NOT NULL,
    size bigint NOT NULL,
    file_sha256 character varying(64) NOT NULL,
    encoding character varying(20) NOT NULL,
    header jsonb NOT NULL,
    header_hash character varying(64) NOT NULL,
    mapping jsonb NOT NULL,
    source character varying(100) NOT NULL,
    rows_total integer,
    rows_done integer NOT NULL,
    summary jsonb NOT NULL,
    result jsonb NOT NULL,
    error text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    checked_at timestamp with time zone,
    applied_at timestamp with time zone,
    created_by_id bigint,
    place_under_id bigint,
    CONSTRAINT imports_importjob_rows_done_check CHECK ((rows_done >= 0)),
    CONSTRAINT imports_importjob_rows_total_check CHECK ((rows_total >= 0)),
    CONSTRAINT imports_importjob_size_check CHECK ((size >= 0))
);


--
-- Name: imports_importjob_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.imports_importjob ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.imports_importjob_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: imports_importproblem; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.imports_importproblem (
    id bigint NOT NULL,
    "row" integer NOT NULL,
    "column" character varying(200) NOT NULL,
    message character varying(500) NOT NULL,
    is_warning boolean NOT NULL,
    job_id bigint NOT NULL,
    CONSTRAINT imports_importproblem_row_check CHECK (("row" >= 0))
);


--
-- Name: imports_importproblem_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.imports_importproblem ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.imports_importproblem_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: imports_legacyrecord; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.imports_legacyrecord (
    id bigint NOT NULL,
    kind character varying(20) NOT NULL,
    source character varying(100) NOT NULL,
    external_id character varying(200) NOT NULL,
    action_id bigint,
    deviation_id bigint,
    job_id bigint NOT NULL,
    CONSTRAINT legacy_record_one_target CHECK ((((action_id IS NULL) AND (deviation_id IS NOT NULL)) OR ((action_id IS NOT NULL) AND (deviation_id IS NULL))))
);


--
-- Name: imports_legacyrecord_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.imports_legacyrecord ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.imports_legacyrecord_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: mfa_authenticator; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mfa_authenticator (
    id bigint NOT NULL,
    type character varying(20) NOT NULL,
    data jsonb NOT NULL,
    user_id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    last_used_at timestamp with time zone
);


--
-- Name: mfa_authenticator_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.mfa_authenticator ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.mfa_authenticator_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: pghistory_context; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.pghistory_context (
    id uuid NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    metadata jsonb NOT NULL
);


--
-- Name: provisioning_scimclient; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.provisioning_scimclient (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    token_hash character varying(64) NOT NULL,
    token_hint character varying(8) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    rotated_at timestamp with time zone,
    revoked_at timestamp with time zone,
    last_used_at timestamp with time zone,
    created_by_id bigint
);


--
-- Name: provisioning_scimclient_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.provisioning_scimclient ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.provisioning_scimclient_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: provisioning_scimclientevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.provisioning_scimclientevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    token_hint character varying(8) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    rotated_at timestamp with time zone,
    revoked_at timestamp with time zone,
    created_by_id bigint,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL
);


--
-- Name: provisioning_scimclientevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.provisioning_scimclientevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.provisioning_scimclientevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: provisioning_scimgroup; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.provisioning_scimgroup (
    id uuid NOT NULL,
    display_name character varying(300) NOT NULL,
    external_id character varying(200) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    client_id bigint
);


--
-- Name: provisioning_scimgroupmember; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.provisioning_scimgroupmember (
    id bigint NOT NULL,
    group_id uuid NOT NULL,
    user_id bigint NOT NULL
);


--
-- Name: provisioning_scimgroupmember_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.provisioning_scimgroupmember ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.provisioning_scimgroupmember_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: provisioning_scimuser; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.provisioning_scimuser (
    user_id bigint NOT NULL,
    user_name character varying(300) NOT NULL,
    external_id character varying(200) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    client_id bigint
);


--
-- Name: qms_formsubmission; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.qms_formsubmission (
    id bigint NOT NULL,
    key character varying(64) NOT NULL,
    result_url character varying(2000) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    user_id bigint
);


--
-- Name: qms_formsubmission_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.qms_formsubmission ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.qms_formsubmission_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: qms_invitation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.qms_invitation (
    id bigint NOT NULL,
    token_hash character varying(64) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    used_at timestamp with time zone,
    created_by_id bigint,
    user_id bigint NOT NULL
);


--
-- Name: qms_invitation_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.qms_invitation ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.qms_invitation_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: qms_membership; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.qms_membership (
    id bigint NOT NULL,
    role character varying(20) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    user_id bigint NOT NULL,
    unit_id bigint NOT NULL,
    sensitive_access boolean NOT NULL
);


--
-- Name: qms_membership_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.qms_membership ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.qms_membership_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: qms_membershipevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.qms_membershipevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    role character varying(20) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    user_id bigint NOT NULL,
    unit_id bigint NOT NULL,
    sensitive_access boolean NOT NULL
);


--
-- Name: qms_membershipevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.qms_membershipevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.qms_membershipevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: qms_notification; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.qms_notification (
    id bigint NOT NULL,
    event_key character varying(200) NOT NULL,
    subject character varying(300) NOT NULL,
    body text NOT NULL,
    url character varying(500) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    read_at timestamp with time zone,
    email_id bigint,
    recipient_id bigint NOT NULL,
    delivery character varying(20) DEFAULT 'immediate'::character varying NOT NULL,
    digest_id bigint
);


--
-- Name: qms_notification_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.qms_notification ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.qms_notification_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: qms_notificationdigest; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.qms_notificationdigest (
    id bigint NOT NULL,
    period character varying(10) NOT NULL,
    period_start date NOT NULL,
    notices integer NOT NULL,
    created_at timestamp with time zone NOT NULL,
    email_id bigint,
    recipient_id bigint NOT NULL,
    CONSTRAINT qms_notificationdigest_notices_check CHECK ((notices >= 0))
);


--
-- Name: qms_notificationdigest_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.qms_notificationdigest ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.qms_notificationdigest_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: qms_notificationpreference; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.qms_notificationpreference (
    id bigint NOT NULL,
    kind character varying(20) NOT NULL,
    delivery character varying(20) NOT NULL,
    user_id bigint NOT NULL,
    CONSTRAINT notification_pref_legal_not_weekly CHECK ((NOT (((delivery)::text = 'weekly'::text) AND ((kind)::text = 'legal'::text))))
);


--
-- Name: qms_notificationpreference_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.qms_notificationpreference ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.qms_notificationpreference_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: qms_organisationunit; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.qms_organisationunit (
    id bigint NOT NULL,
    path character varying(255) NOT NULL,
    depth integer NOT NULL,
    numchild integer NOT NULL,
    name character varying(200) NOT NULL,
    kind character varying(20) NOT NULL,
    code character varying(20) NOT NULL,
    is_active boolean NOT NULL,
    CONSTRAINT qms_organisationunit_depth_check CHECK ((depth >= 0)),
    CONSTRAINT qms_organisationunit_numchild_check CHECK ((numchild >= 0))
);


--
-- Name: qms_organisationunit_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.qms_organisationunit ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.qms_organisationunit_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: qms_organisationunitevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.qms_organisationunitevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    path character varying(255) NOT NULL,
    depth integer NOT NULL,
    name character varying(200) NOT NULL,
    kind character varying(20) NOT NULL,
    code character varying(20) NOT NULL,
    is_active boolean NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    CONSTRAINT qms_organisationunitevent_depth_check CHECK ((depth >= 0))
);


--
-- Name: qms_organisationunitevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.qms_organisationunitevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.qms_organisationunitevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: qms_outgoingemail; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.qms_outgoingemail (
    id bigint NOT NULL,
    message jsonb NOT NULL,
    recipients text NOT NULL,
    subject character varying(998) NOT NULL,
    status character varying(10) NOT NULL,
    attempts smallint NOT NULL,
    last_error text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    sent_at timestamp with time zone,
    content_removed_at timestamp with time zone,
    event character varying(200) NOT NULL,
    external_recipients smallint NOT NULL,
    recipient_users bigint[] NOT NULL,
    attempt_id uuid,
    claimed_at timestamp with time zone,
    CONSTRAINT qms_outgoingemail_attempts_check CHECK ((attempts >= 0)),
    CONSTRAINT qms_outgoingemail_external_recipients_check CHECK ((external_recipients >= 0))
);


--
-- Name: qms_outgoingemail_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.qms_outgoingemail ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.qms_outgoingemail_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: qms_publicprofile; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.qms_publicprofile (
    id bigint NOT NULL,
    organisation_name character varying(200) NOT NULL,
    logo character varying(200) NOT NULL,
    logo_content_type character varying(50) NOT NULL,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: qms_publicprofile_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.qms_publicprofile ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.qms_publicprofile_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: qms_publicprofileevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.qms_publicprofileevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    organisation_name character varying(200) NOT NULL,
    logo character varying(200) NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL
);


--
-- Name: qms_publicprofileevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.qms_publicprofileevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.qms_publicprofileevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: qms_user; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.qms_user (
    id bigint NOT NULL,
    password character varying(128) NOT NULL,
    last_login timestamp with time zone,
    is_superuser boolean NOT NULL,
    username character varying(150) NOT NULL,
    first_name character varying(150) NOT NULL,
    last_name character varying(150) NOT NULL,
    is_staff boolean NOT NULL,
    is_active boolean NOT NULL,
    date_joined timestamp with time zone NOT NULL,
    email character varying(254) NOT NULL,
    title character varying(200) NOT NULL,
    notify_by_email boolean NOT NULL,
    employee_number character varying(50) DEFAULT ''::character varying NOT NULL,
    language character varying(10) DEFAULT ''::character varying NOT NULL
);


--
-- Name: qms_user_groups; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.qms_user_groups (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    group_id integer NOT NULL
);


--
-- Name: qms_user_groups_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.qms_user_groups ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.qms_user_groups_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: qms_user_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.qms_user ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.qms_user_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: qms_user_user_permissions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.qms_user_user_permissions (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    permission_id integer NOT NULL
);


--
-- Name: qms_user_user_permissions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.qms_user_user_permissions ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.qms_user_user_permissions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: qms_userevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.qms_userevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    is_superuser boolean NOT NULL,
    username character varying(150) NOT NULL,
    first_name character varying(150) NOT NULL,
    last_name character varying(150) NOT NULL,
    is_staff boolean NOT NULL,
    is_active boolean NOT NULL,
    date_joined timestamp with time zone NOT NULL,
    email character varying(254) NOT NULL,
    title character varying(200) NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    notify_by_email boolean NOT NULL,
    employee_number character varying(50) DEFAULT ''::character varying NOT NULL
);


--
-- Name: qms_userevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.qms_userevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.qms_userevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: records_accesslog; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.records_accesslog (
    id bigint NOT NULL,
    what character varying(40) NOT NULL,
    object_id bigint NOT NULL,
    at timestamp with time zone NOT NULL,
    user_id bigint NOT NULL,
    CONSTRAINT records_accesslog_object_id_check CHECK ((object_id >= 0))
);


--
-- Name: records_accesslog_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.records_accesslog ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.records_accesslog_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: records_archivepackage; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.records_archivepackage (
    id bigint NOT NULL,
    status character varying(10) NOT NULL,
    done integer NOT NULL,
    total integer,
    error text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    finished_at timestamp with time zone,
    record_type character varying(80) NOT NULL,
    period_start date NOT NULL,
    period_end date NOT NULL,
    file character varying(300) NOT NULL,
    sha256 character varying(64) NOT NULL,
    size bigint,
    record_ids jsonb NOT NULL,
    delivered_at timestamp with time zone,
    delivery_receipt character varying(300) NOT NULL,
    delivered_by_id bigint,
    organisation_id bigint NOT NULL,
    requested_by_id bigint NOT NULL,
    CONSTRAINT archive_package_period_order CHECK ((period_end >= period_start)),
    CONSTRAINT records_archivepackage_done_check CHECK ((done >= 0)),
    CONSTRAINT records_archivepackage_size_check CHECK ((size >= 0)),
    CONSTRAINT records_archivepackage_total_check CHECK ((total >= 0))
);


--
-- Name: records_archivepackage_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.records_archivepackage ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.records_archivepackage_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: records_archivepackageevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.records_archivepackageevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    status character varying(10) NOT NULL,
    error text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    finished_at timestamp with time zone,
    record_type character varying(80) NOT NULL,
    period_start date NOT NULL,
    period_end date NOT NULL,
    sha256 character varying(64) NOT NULL,
    size bigint,
    record_ids jsonb NOT NULL,
    delivered_at timestamp with time zone,
    delivery_receipt character varying(300) NOT NULL,
    delivered_by_id bigint,
    organisation_id bigint NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    requested_by_id bigint NOT NULL,
    CONSTRAINT records_archivepackageevent_size_check CHECK ((size >= 0))
);


--
-- Name: records_archivepackageevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.records_archivepackageevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.records_archivepackageevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: records_deliveredrecord; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.records_deliveredrecord (
    id bigint NOT NULL,
    object_id bigint NOT NULL,
    delivered_at timestamp with time zone NOT NULL,
    content_type_id integer NOT NULL,
    package_id bigint NOT NULL,
    CONSTRAINT records_deliveredrecord_object_id_check CHECK ((object_id >= 0))
);


--
-- Name: records_deliveredrecord_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.records_deliveredrecord ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.records_deliveredrecord_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: records_fileremoval; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.records_fileremoval (
    id bigint NOT NULL,
    name character varying(500) NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: records_fileremoval_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.records_fileremoval ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.records_fileremoval_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: records_fullexport; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.records_fullexport (
    id bigint NOT NULL,
    status character varying(10) NOT NULL,
    done integer NOT NULL,
    total integer,
    error text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    finished_at timestamp with time zone,
    file character varying(300) NOT NULL,
    requested_by_id bigint NOT NULL,
    CONSTRAINT records_fullexport_done_check CHECK ((done >= 0)),
    CONSTRAINT records_fullexport_total_check CHECK ((total >= 0))
);


--
-- Name: records_fullexport_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.records_fullexport ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.records_fullexport_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: records_legalhold; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.records_legalhold (
    id bigint NOT NULL,
    object_id bigint NOT NULL,
    record_type character varying(80) NOT NULL,
    identifier character varying(100) NOT NULL,
    reason_kind character varying(20) NOT NULL,
    reason text NOT NULL,
    review_date date NOT NULL,
    placed_at timestamp with time zone NOT NULL,
    lifted_at timestamp with time zone,
    lift_reason text NOT NULL,
    content_type_id integer NOT NULL,
    lifted_by_id bigint,
    placed_by_id bigint NOT NULL,
    unit_id bigint,
    CONSTRAINT legal_hold_lift_has_reason CHECK (((lifted_at IS NULL) OR (NOT (lift_reason = ''::text)))),
    CONSTRAINT records_legalhold_object_id_check CHECK ((object_id >= 0))
);


--
-- Name: records_legalhold_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.records_legalhold ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.records_legalhold_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: records_legalholdevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.records_legalholdevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    object_id bigint NOT NULL,
    record_type character varying(80) NOT NULL,
    identifier character varying(100) NOT NULL,
    reason_kind character varying(20) NOT NULL,
    reason text NOT NULL,
    review_date date NOT NULL,
    placed_at timestamp with time zone NOT NULL,
    lifted_at timestamp with time zone,
    lift_reason text NOT NULL,
    content_type_id integer NOT NULL,
    lifted_by_id bigint,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    placed_by_id bigint NOT NULL,
    unit_id bigint,
    CONSTRAINT records_legalholdevent_object_id_check CHECK ((object_id >= 0))
);


--
-- Name: records_legalholdevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.records_legalholdevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.records_legalholdevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: records_proposal; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.records_proposal (
    id bigint NOT NULL,
    as_of date NOT NULL,
    status character varying(10) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    approved_at timestamp with time zone,
    rejected_reason text NOT NULL,
    started_at timestamp with time zone,
    finished_at timestamp with time zone,
    progress_done integer NOT NULL,
    protocol_pdf character varying(300) NOT NULL,
    protocol_csv character varying(300) NOT NULL,
    approved_by_id bigint,
    created_by_id bigint,
    organisation_id bigint NOT NULL,
    CONSTRAINT proposal_approved_has_date CHECK (((NOT ((status)::text = ANY ((ARRAY['approved'::character varying, 'done'::character varying])::text[]))) OR (approved_at IS NOT NULL))),
    CONSTRAINT records_proposal_progress_done_check CHECK ((progress_done >= 0))
);


--
-- Name: records_proposal_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.records_proposal ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.records_proposal_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: records_proposalevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.records_proposalevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    as_of date NOT NULL,
    status character varying(10) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    approved_at timestamp with time zone,
    rejected_reason text NOT NULL,
    started_at timestamp with time zone,
    finished_at timestamp with time zone,
    approved_by_id bigint,
    created_by_id bigint,
    organisation_id bigint NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL
);


--
-- Name: records_proposalevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.records_proposalevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.records_proposalevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: records_proposalitem; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.records_proposalitem (
    id bigint NOT NULL,
    record_type character varying(80) NOT NULL,
    object_id bigint,
    identifier character varying(100) NOT NULL,
    due_at timestamp with time zone,
    count bigint NOT NULL,
    removed bigint NOT NULL,
    status character varying(10) NOT NULL,
    done_at timestamp with time zone,
    batch uuid,
    proposal_id bigint NOT NULL,
    rule_id bigint NOT NULL,
    CONSTRAINT records_proposalitem_count_check CHECK ((count >= 0)),
    CONSTRAINT records_proposalitem_removed_check CHECK ((removed >= 0))
);


--
-- Name: records_proposalitem_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.records_proposalitem ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.records_proposalitem_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: records_proposalrule; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.records_proposalrule (
    id bigint NOT NULL,
    record_type character varying(80) NOT NULL,
    summary character varying(300) NOT NULL,
    decision character varying(700) NOT NULL,
    cutoff date NOT NULL,
    event character varying(40) NOT NULL,
    proposal_id bigint NOT NULL,
    rule_id bigint
);


--
-- Name: records_proposalrule_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.records_proposalrule ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.records_proposalrule_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: records_registerextract; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.records_registerextract (
    id bigint NOT NULL,
    status character varying(10) NOT NULL,
    done integer NOT NULL,
    total integer,
    error text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    finished_at timestamp with time zone,
    subject_email character varying(254) NOT NULL,
    subject_name character varying(200) NOT NULL,
    reference character varying(200) NOT NULL,
    summary jsonb NOT NULL,
    pdf character varying(300) NOT NULL,
    data_json character varying(300) NOT NULL,
    data_csv character varying(300) NOT NULL,
    requested_by_id bigint NOT NULL,
    scope_id bigint NOT NULL,
    subject_user_id bigint,
    CONSTRAINT records_registerextract_done_check CHECK ((done >= 0)),
    CONSTRAINT records_registerextract_total_check CHECK ((total >= 0)),
    CONSTRAINT register_extract_has_subject CHECK (((subject_user_id IS NOT NULL) OR (NOT ((subject_email)::text = ''::text)) OR (NOT ((subject_name)::text = ''::text))))
);


--
-- Name: records_registerextract_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.records_registerextract ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.records_registerextract_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: records_registerextractevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.records_registerextractevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    status character varying(10) NOT NULL,
    error text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    finished_at timestamp with time zone,
    subject_email character varying(254) NOT NULL,
    subject_name character varying(200) NOT NULL,
    reference character varying(200) NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    requested_by_id bigint NOT NULL,
    scope_id bigint NOT NULL,
    subject_user_id bigint
);


--
-- Name: records_registerextractevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.records_registerextractevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.records_registerextractevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: records_retentionrule; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.records_retentionrule (
    id bigint NOT NULL,
    record_type character varying(80) NOT NULL,
    action character varying(10) NOT NULL,
    period smallint,
    period_unit character varying(10) NOT NULL,
    event character varying(40) NOT NULL,
    decision_body character varying(200) NOT NULL,
    decision_date date NOT NULL,
    decision_reference character varying(200) NOT NULL,
    guidance_number character varying(200) NOT NULL,
    note text NOT NULL,
    confirmed_short boolean NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    created_by_id bigint NOT NULL,
    organisation_id bigint,
    CONSTRAINT records_retentionrule_period_check CHECK ((period >= 0)),
    CONSTRAINT retention_rule_complete CHECK (((((action)::text = 'keep'::text) AND ((event)::text = ''::text) AND (period IS NULL)) OR (((action)::text = 'thin'::text) AND ((event)::text > ''::text) AND (period IS NOT NULL))))
);


--
-- Name: records_retentionrule_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.records_retentionrule ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.records_retentionrule_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: records_retentionruleevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.records_retentionruleevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    record_type character varying(80) NOT NULL,
    action character varying(10) NOT NULL,
    period smallint,
    period_unit character varying(10) NOT NULL,
    event character varying(40) NOT NULL,
    decision_body character varying(200) NOT NULL,
    decision_date date NOT NULL,
    decision_reference character varying(200) NOT NULL,
    guidance_number character varying(200) NOT NULL,
    note text NOT NULL,
    confirmed_short boolean NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    created_by_id bigint NOT NULL,
    organisation_id bigint,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    CONSTRAINT records_retentionruleevent_period_check CHECK ((period >= 0))
);


--
-- Name: records_retentionruleevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.records_retentionruleevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.records_retentionruleevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: reviews_decision; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reviews_decision (
    id bigint NOT NULL,
    kind character varying(20) NOT NULL,
    text text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    copied_from_id bigint,
    review_id bigint NOT NULL
);


--
-- Name: reviews_decision_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.reviews_decision ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.reviews_decision_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: reviews_decisionevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reviews_decisionevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    kind character varying(20) NOT NULL,
    text text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    copied_from_id bigint,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    review_id bigint NOT NULL
);


--
-- Name: reviews_decisionevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.reviews_decisionevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.reviews_decisionevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: reviews_indicator; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reviews_indicator (
    id bigint NOT NULL,
    name character varying(200) NOT NULL,
    unit_of_measure character varying(40) NOT NULL,
    target numeric(12,2) NOT NULL,
    direction character varying(10) NOT NULL,
    period character varying(10) NOT NULL,
    source character varying(30) NOT NULL,
    objective_id bigint NOT NULL,
    is_survey boolean NOT NULL
);


--
-- Name: reviews_indicator_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.reviews_indicator ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.reviews_indicator_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: reviews_indicatorevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reviews_indicatorevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    name character varying(200) NOT NULL,
    unit_of_measure character varying(40) NOT NULL,
    target numeric(12,2) NOT NULL,
    direction character varying(10) NOT NULL,
    period character varying(10) NOT NULL,
    source character varying(30) NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    objective_id bigint NOT NULL,
    is_survey boolean NOT NULL
);


--
-- Name: reviews_indicatorevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.reviews_indicatorevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.reviews_indicatorevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: reviews_indicatorvalue; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reviews_indicatorvalue (
    id bigint NOT NULL,
    period_start date NOT NULL,
    value numeric(12,2) NOT NULL,
    is_computed boolean NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    entered_by_id bigint,
    indicator_id bigint NOT NULL,
    CONSTRAINT indicator_value_manual_has_author CHECK ((is_computed OR (entered_by_id IS NOT NULL)))
);


--
-- Name: reviews_indicatorvalue_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.reviews_indicatorvalue ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.reviews_indicatorvalue_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: reviews_indicatorvalueevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reviews_indicatorvalueevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    period_start date NOT NULL,
    value numeric(12,2) NOT NULL,
    is_computed boolean NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    entered_by_id bigint,
    indicator_id bigint NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL
);


--
-- Name: reviews_indicatorvalueevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.reviews_indicatorvalueevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.reviews_indicatorvalueevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: reviews_objective; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reviews_objective (
    id bigint NOT NULL,
    title character varying(200) NOT NULL,
    description text NOT NULL,
    is_active boolean NOT NULL,
    created_at timestamp with time zone NOT NULL,
    unit_id bigint NOT NULL
);


--
-- Name: reviews_objective_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.reviews_objective ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.reviews_objective_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: reviews_objectiveevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reviews_objectiveevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    title character varying(200) NOT NULL,
    description text NOT NULL,
    is_active boolean NOT NULL,
    created_at timestamp with time zone NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    unit_id bigint NOT NULL
);


--
-- Name: reviews_objectiveevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.reviews_objectiveevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.reviews_objectiveevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: reviews_participant; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reviews_participant (
    id bigint NOT NULL,
    is_present boolean NOT NULL,
    user_id bigint NOT NULL,
    review_id bigint NOT NULL
);


--
-- Name: reviews_participant_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.reviews_participant ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.reviews_participant_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: reviews_participantevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reviews_participantevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    is_present boolean NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    user_id bigint NOT NULL,
    review_id bigint NOT NULL
);


--
-- Name: reviews_participantevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.reviews_participantevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.reviews_participantevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: reviews_patientsafetyreminder; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reviews_patientsafetyreminder (
    id bigint NOT NULL,
    year smallint NOT NULL,
    step character varying(10) NOT NULL,
    due_date date NOT NULL,
    late boolean NOT NULL,
    sent_at timestamp with time zone NOT NULL,
    unit_id bigint NOT NULL,
    CONSTRAINT reviews_patientsafetyreminder_year_check CHECK ((year >= 0))
);


--
-- Name: reviews_patientsafetyreminder_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.reviews_patientsafetyreminder ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.reviews_patientsafetyreminder_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: reviews_patientsafetyreport; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reviews_patientsafetyreport (
    id bigint NOT NULL,
    messages text NOT NULL,
    decisions_asked text NOT NULL,
    year smallint NOT NULL,
    status character varying(10) NOT NULL,
    snapshot jsonb NOT NULL,
    revision_reason text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    published_at timestamp with time zone,
    goals text NOT NULL,
    responsibility text NOT NULL,
    follow_up text NOT NULL,
    cooperation text NOT NULL,
    risk_analysis text NOT NULL,
    self_monitoring text NOT NULL,
    deviations_text text NOT NULL,
    complaints text NOT NULL,
    analysis text NOT NULL,
    results text NOT NULL,
    next_year text NOT NULL,
    pdf character varying(300) NOT NULL,
    created_by_id bigint NOT NULL,
    published_by_id bigint,
    revision_of_id bigint,
    unit_id bigint NOT NULL,
    CONSTRAINT patient_safety_report_published_has_date CHECK ((((status)::text = 'draft'::text) OR (published_at IS NOT NULL))),
    CONSTRAINT patient_safety_report_revision_has_reason CHECK (((revision_of_id IS NULL) OR (NOT (revision_reason = ''::text)))),
    CONSTRAINT patient_safety_report_year_range CHECK (((year >= 2000) AND (year <= 2100))),
    CONSTRAINT reviews_patientsafetyreport_year_check CHECK ((year >= 0))
);


--
-- Name: reviews_patientsafetyreport_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.reviews_patientsafetyreport ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.reviews_patientsafetyreport_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: reviews_patientsafetyreportevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reviews_patientsafetyreportevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    messages text NOT NULL,
    decisions_asked text NOT NULL,
    year smallint NOT NULL,
    status character varying(10) NOT NULL,
    revision_reason text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    published_at timestamp with time zone,
    goals text NOT NULL,
    responsibility text NOT NULL,
    follow_up text NOT NULL,
    cooperation text NOT NULL,
    risk_analysis text NOT NULL,
    self_monitoring text NOT NULL,
    deviations_text text NOT NULL,
    complaints text NOT NULL,
    analysis text NOT NULL,
    results text NOT NULL,
    next_year text NOT NULL,
    created_by_id bigint NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    published_by_id bigint,
    revision_of_id bigint,
    unit_id bigint NOT NULL,
    CONSTRAINT reviews_patientsafetyreportevent_year_check CHECK ((year >= 0))
);


--
-- Name: reviews_patientsafetyreportevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.reviews_patientsafetyreportevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.reviews_patientsafetyreportevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: reviews_qualityreport; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reviews_qualityreport (
    id bigint NOT NULL,
    year smallint NOT NULL,
    work_done text NOT NULL,
    actions_taken text NOT NULL,
    results text NOT NULL,
    status character varying(10) NOT NULL,
    snapshot jsonb NOT NULL,
    pdf character varying(300) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    published_at timestamp with time zone,
    created_by_id bigint NOT NULL,
    published_by_id bigint,
    unit_id bigint NOT NULL,
    revision_of_id bigint,
    revision_reason text NOT NULL,
    decisions_asked text NOT NULL,
    messages text NOT NULL,
    CONSTRAINT quality_report_published_has_date CHECK ((((status)::text = 'draft'::text) OR (published_at IS NOT NULL))),
    CONSTRAINT quality_report_revision_has_reason CHECK (((revision_of_id IS NULL) OR (NOT (revision_reason = ''::text)))),
    CONSTRAINT quality_report_year_range CHECK (((year >= 2000) AND (year <= 2100))),
    CONSTRAINT reviews_qualityreport_year_check CHECK ((year >= 0))
);


--
-- Name: reviews_qualityreport_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.reviews_qualityreport ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.reviews_qualityreport_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: reviews_qualityreportevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reviews_qualityreportevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    year smallint NOT NULL,
    work_done text NOT NULL,
    actions_taken text NOT NULL,
    results text NOT NULL,
    status character varying(10) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    published_at timestamp with time zone,
    created_by_id bigint NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    published_by_id bigint,
    unit_id bigint NOT NULL,
    revision_of_id bigint,
    revision_reason text NOT NULL,
    decisions_asked text NOT NULL,
    messages text NOT NULL,
    CONSTRAINT reviews_qualityreportevent_year_check CHECK ((year >= 0))
);


--
-- Name: reviews_qualityreportevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.reviews_qualityreportevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.reviews_qualityreportevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: reviews_review; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reviews_review (
    id bigint NOT NULL,
    title character varying(200) NOT NULL,
    period_start date NOT NULL,
    period_end date NOT NULL,
    held_on date NOT NULL,
    status character varying(10) NOT NULL,
    snapshot jsonb NOT NULL,
    pdf character varying(300) NOT NULL,
    pdf_status character varying(10) NOT NULL,
    pdf_progress smallint NOT NULL,
    revision_reason text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    approved_at timestamp with time zone,
    approved_by_id bigint,
    chair_id bigint NOT NULL,
    created_by_id bigint NOT NULL,
    revision_of_id bigint,
    unit_id bigint NOT NULL,
    decisions_asked text NOT NULL,
    messages text NOT NULL,
    CONSTRAINT review_approved_has_date CHECK ((((status)::text = 'draft'::text) OR (approved_at IS NOT NULL))),
    CONSTRAINT review_period_order CHECK ((period_end >= period_start)),
    CONSTRAINT review_revision_has_reason CHECK (((revision_of_id IS NULL) OR (NOT (revision_reason = ''::text)))),
    CONSTRAINT reviews_review_pdf_progress_check CHECK ((pdf_progress >= 0))
);


--
-- Name: reviews_review_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.reviews_review ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.reviews_review_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: reviews_reviewevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reviews_reviewevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    title character varying(200) NOT NULL,
    period_start date NOT NULL,
    period_end date NOT NULL,
    held_on date NOT NULL,
    status character varying(10) NOT NULL,
    pdf_status character varying(10) NOT NULL,
    revision_reason text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    approved_at timestamp with time zone,
    approved_by_id bigint,
    chair_id bigint NOT NULL,
    created_by_id bigint NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    revision_of_id bigint,
    unit_id bigint NOT NULL,
    decisions_asked text NOT NULL,
    messages text NOT NULL
);


--
-- Name: reviews_reviewevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.reviews_reviewevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.reviews_reviewevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: reviews_reviewitem; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reviews_reviewitem (
    id bigint NOT NULL,
    code character varying(2) NOT NULL,
    assessment text NOT NULL,
    review_id bigint NOT NULL
);


--
-- Name: reviews_reviewitem_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.reviews_reviewitem ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.reviews_reviewitem_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: reviews_reviewitemevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reviews_reviewitemevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    code character varying(2) NOT NULL,
    assessment text NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    review_id bigint NOT NULL
);


--
-- Name: reviews_reviewitemevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.reviews_reviewitemevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.reviews_reviewitemevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: socialaccount_socialaccount; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.socialaccount_socialaccount (
    id integer NOT NULL,
    provider character varying(200) NOT NULL,
    uid character varying(191) NOT NULL,
    last_login timestamp with time zone NOT NULL,
    date_joined timestamp with time zone NOT NULL,
    extra_data jsonb NOT NULL,
    user_id bigint NOT NULL
);


--
-- Name: socialaccount_socialaccount_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.socialaccount_socialaccount ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.socialaccount_socialaccount_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: socialaccount_socialapp; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.socialaccount_socialapp (
    id integer NOT NULL,
    provider character varying(30) NOT NULL,
    name character varying(40) NOT NULL,
    client_id character varying(191) NOT NULL,
    secret character varying(191) NOT NULL,
    key character varying(191) NOT NULL,
    provider_id character varying(200) NOT NULL,
    settings jsonb NOT NULL
);


--
-- Name: socialaccount_socialapp_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.socialaccount_socialapp ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.socialaccount_socialapp_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: socialaccount_socialtoken; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.socialaccount_socialtoken (
    id integer NOT NULL,
    token text NOT NULL,
    token_secret text NOT NULL,
    expires_at timestamp with time zone,
    account_id integer NOT NULL,
    app_id integer
);


--
-- Name: socialaccount_socialtoken_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.socialaccount_socialtoken ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.socialaccount_socialtoken_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Data for Name: account_emailaddress; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.account_emailaddress (id, email, verified, "primary", user_id) FROM stdin;
\.


--
-- Data for Name: account_emailconfirmation; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.account_emailconfirmation (id, created, sent, key, email_address_id) FROM stdin;
\.


--
-- Data for Name: api_accesstoken; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.api_accesstoken (id, name, scope, secret_hash, hint, expires_at, created_at, revoked_at, last_used_at, created_by_id, user_id) FROM stdin;
\.


--
-- Data for Name: api_accesstokenevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.api_accesstokenevent (pgh_id, pgh_created_at, pgh_label, id, name, scope, hint, expires_at, created_at, revoked_at, created_by_id, pgh_context_id, pgh_obj_id, user_id) FROM stdin;
\.


--
-- Data for Name: api_ratecount; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.api_ratecount (id, key, window_start, count) FROM stdin;
\.


--
-- Data for Name: api_serviceaccount; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.api_serviceaccount (user_id, description, created_at, created_by_id) FROM stdin;
\.


--
-- Data for Name: api_serviceaccountevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.api_serviceaccountevent (pgh_id, pgh_created_at, pgh_label, description, created_at, created_by_id, pgh_context_id, pgh_obj_id, user_id) FROM stdin;
\.


--
-- Data for Name: api_webhookattempt; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.api_webhookattempt (id, at, response_status, error, duration_ms, delivery_id) FROM stdin;
\.


--
-- Data for Name: api_webhookdelivery; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.api_webhookdelivery (id, status, attempts, next_attempt_at, claimed_at, attempt_id, response_status, last_error, delivered_at, created_at, event_id, subscription_id) FROM stdin;
\.


--
-- Data for Name: api_webhookevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.api_webhookevent (id, kind, payload, created_at, key) FROM stdin;
\.


--
-- Data for Name: api_webhooksubscription; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.api_webhooksubscription (id, name, url, event_types, secret, is_active, created_at, owner_id) FROM stdin;
\.


--
-- Data for Name: api_webhooksubscriptionevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.api_webhooksubscriptionevent (pgh_id, pgh_created_at, pgh_label, id, name, url, event_types, is_active, created_at, owner_id, pgh_context_id, pgh_obj_id) FROM stdin;
\.


--
-- Data for Name: audits_answer; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audits_answer (id, question_text, "order", grade, notes, updated_at, answered_by_id, audit_id, question_id) FROM stdin;
\.


--
-- Data for Name: audits_answerevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audits_answerevent (pgh_id, pgh_created_at, pgh_label, id, question_text, "order", grade, notes, updated_at, answered_by_id, pgh_context_id, pgh_obj_id, audit_id, question_id) FROM stdin;
\.


--
-- Data for Name: audits_audit; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audits_audit (id, kind, title, process, scope, planned_date, priority, priority_reason, external_body, external_reference, external_auditors, participants, status, performed_on, summary, conclusion, reported_at, closed_at, cancel_reason, report_pdf, created_at, created_by_id, unit_id, programme_id) FROM stdin;
\.


--
-- Data for Name: audits_audit_criteria; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audits_audit_criteria (id, audit_id, criterion_id) FROM stdin;
\.


--
-- Data for Name: audits_auditevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audits_auditevent (pgh_id, pgh_created_at, pgh_label, id, kind, title, process, scope, planned_date, priority, priority_reason, external_body, external_reference, external_auditors, participants, status, performed_on, summary, conclusion, reported_at, closed_at, cancel_reason, created_at, created_by_id, pgh_context_id, pgh_obj_id, unit_id, programme_id) FROM stdin;
\.


--
-- Data for Name: audits_criterion; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audits_criterion (id, framework, reference, title, "order", is_active) FROM stdin;
1	iso9001	4	Verksamhetens förutsättningar	0	t
2	iso9001	5	Ledarskap och ansvar	1	t
3	iso9001	6	Planering, risker och mål	2	t
4	iso9001	7	Stöd: resurser, kompetens och dokumentation	3	t
5	iso9001	8	Verksamhetens genomförande	4	t
6	iso9001	9	Uppföljning, internrevision och ledningens genomgång	5	t
7	iso9001	10	Förbättring	6	t
8	sosfs	3 kap.	Ledningssystemets uppbyggnad och processer	7	t
9	sosfs	4 kap.	Systematiskt förbättringsarbete	8	t
10	sosfs	5 kap.	Personalens medverkan	9	t
11	sosfs	6 kap.	Dokumentation av kvalitetsarbetet	10	t
12	own	R1	Rutin för introduktion av nyanställda	11	t
13	own	R2	Rutin för läkemedelshantering	12	t
\.


--
-- Data for Name: audits_criterionevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audits_criterionevent (pgh_id, pgh_created_at, pgh_label, id, framework, reference, title, "order", is_active, pgh_context_id, pgh_obj_id) FROM stdin;
1	2026-12-07 11:56:21.756667+00	insert	1	iso9001	4	Verksamhetens förutsättningar	0	t	\N	1
2	2026-12-07 11:56:21.756667+00	insert	2	iso9001	5	Ledarskap och ansvar	1	t	\N	2
3	2026-12-07 11:56:21.756667+00	insert	3	iso9001	6	Planering, risker och mål	2	t	\N	3
4	2026-12-07 11:56:21.756667+00	insert	4	iso9001	7	Stöd: resurser, kompetens och dokumentation	3	t	\N	4
5	2026-12-07 11:56:21.756667+00	insert	5	iso9001	8	Verksamhetens genomförande	4	t	\N	5
6	2026-12-07 11:56:21.756667+00	insert	6	iso9001	9	Uppföljning, internrevision och ledningens genomgång	5	t	\N	6
7	2026-12-07 11:56:21.756667+00	insert	7	iso9001	10	Förbättring	6	t	\N	7
8	2026-12-07 11:56:21.756667+00	insert	8	sosfs	3 kap.	Ledningssystemets uppbyggnad och processer	7	t	\N	8
9	2026-12-07 11:56:21.756667+00	insert	9	sosfs	4 kap.	Systematiskt förbättringsarbete	8	t	\N	9
10	2026-12-07 11:56:21.756667+00	insert	10	sosfs	5 kap.	Personalens medverkan	9	t	\N	10
11	2026-12-07 11:56:21.756667+00	insert	11	sosfs	6 kap.	Dokumentation av kvalitetsarbetet	10	t	\N	11
12	2026-12-07 11:56:21.756667+00	insert	12	own	R1	Rutin för introduktion av nyanställda	11	t	\N	12
13	2026-12-07 11:56:21.756667+00	insert	13	own	R2	Rutin för läkemedelshantering	12	t	\N	13
\.


--
-- Data for Name: audits_evidence; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audits_evidence (id, file, original_name, content_type, size, created_at, answer_id, uploaded_by_id) FROM stdin;
\.


--
-- Data for Name: audits_evidenceevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audits_evidenceevent (pgh_id, pgh_created_at, pgh_label, id, file, original_name, content_type, size, created_at, answer_id, pgh_context_id, pgh_obj_id, uploaded_by_id) FROM stdin;
\.


--
-- Data for Name: audits_finding; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audits_finding (id, grade, title, description, verified_at, verification, created_at, answer_id, audit_id, created_by_id, criterion_id, deviation_id, verified_by_id) FROM stdin;
\.


--
-- Data for Name: audits_findingevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audits_findingevent (pgh_id, pgh_created_at, pgh_label, id, grade, title, description, verified_at, verification, created_at, answer_id, audit_id, created_by_id, criterion_id, deviation_id, pgh_context_id, pgh_obj_id, verified_by_id) FROM stdin;
\.


--
-- Data for Name: audits_programme; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audits_programme (id, year, objectives, created_at, created_by_id, unit_id) FROM stdin;
\.


--
-- Data for Name: audits_programmeevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audits_programmeevent (pgh_id, pgh_created_at, pgh_label, id, year, objectives, created_at, created_by_id, pgh_context_id, pgh_obj_id, unit_id) FROM stdin;
\.


--
-- Data for Name: audits_question; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audits_question (id, text, guidance, "order", is_active, criterion_id) FROM stdin;
1	Vilka yttre och inre frågor påverkar verksamheten, och hur följs de upp?		0	t	1
2	Vilka intressenter finns och vad förväntar de sig?		1	t	1
3	Är ledningssystemets omfattning beskriven och känd?		2	t	1
4	Hur visar ledningen att den driver kvalitetsarbetet?		0	t	2
5	Är kvalitetspolicyn känd bland medarbetarna?		1	t	2
6	Är roller och befogenheter tydliga?		2	t	2
7	Hur identifieras och hanteras risker och möjligheter?		0	t	3
8	Finns mätbara kvalitetsmål med plan för hur de nås?		1	t	3
9	Hur planeras förändringar?		2	t	3
10	Finns rätt kompetens, och hur dokumenteras den?		0	t	4
11	Känner medarbetarna till rutiner och mål som berör dem?		1	t	4
12	Är styrande dokument aktuella, godkända och lätta att hitta?		2	t	4
13	Följs arbetet de beskrivna processerna och rutinerna?		0	t	5
14	Hur säkerställs kvaliteten i det som köps in?		1	t	5
15	Hur hanteras det som inte blev som det skulle?		2	t	5
16	Vad mäts och följs upp, och hur analyseras resultaten?		0	t	6
17	Hur tas synpunkter från brukare och kunder om hand?		1	t	6
18	Genomförs internrevision och ledningens genomgång enligt plan?		2	t	6
19	Hur utreds avvikelser och deras orsaker?		0	t	7
20	Följs åtgärdernas effekt upp?		1	t	7
21	Hur tas förbättringsförslag om hand?		2	t	7
22	Är verksamhetens processer och rutiner identifierade och beskrivna?		0	t	8
23	Är det klart hur samverkan med andra sker?		1	t	8
24	Görs riskanalyser inför förändringar?		0	t	9
25	Utförs egenkontroll med den frekvens som beslutats?		1	t	9
26	Tas klagomål och rapporter om missförhållanden om hand och sammanställs?		2	t	9
27	Vet personalen hur de rapporterar avvikelser och risker?		0	t	10
28	Dokumenteras arbetet med ledningssystemet?		0	t	11
29	Finns en kvalitetsberättelse för året?		1	t	11
30	Får nyanställda introduktion enligt checklistan?		0	t	12
31	Förvaras och signeras läkemedel enligt rutinen?		0	t	13
\.


--
-- Data for Name: audits_questionevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audits_questionevent (pgh_id, pgh_created_at, pgh_label, id, text, guidance, "order", is_active, criterion_id, pgh_context_id, pgh_obj_id) FROM stdin;
1	2026-12-07 11:56:21.756667+00	insert	1	Vilka yttre och inre frågor påverkar verksamheten, och hur följs de upp?		0	t	1	\N	1
2	2026-12-07 11:56:21.756667+00	insert	2	Vilka intressenter finns och vad förväntar de sig?		1	t	1	\N	2
3	2026-12-07 11:56:21.756667+00	insert	3	Är ledningssystemets omfattning beskriven och känd?		2	t	1	\N	3
4	2026-12-07 11:56:21.756667+00	insert	4	Hur visar ledningen att den driver kvalitetsarbetet?		0	t	2	\N	4
5	2026-12-07 11:56:21.756667+00	insert	5	Är kvalitetspolicyn känd bland medarbetarna?		1	t	2	\N	5
6	2026-12-07 11:56:21.756667+00	insert	6	Är roller och befogenheter tydliga?		2	t	2	\N	6
7	2026-12-07 11:56:21.756667+00	insert	7	Hur identifieras och hanteras risker och möjligheter?		0	t	3	\N	7
8	2026-12-07 11:56:21.756667+00	insert	8	Finns mätbara kvalitetsmål med plan för hur de nås?		1	t	3	\N	8
9	2026-12-07 11:56:21.756667+00	insert	9	Hur planeras förändringar?		2	t	3	\N	9
10	2026-12-07 11:56:21.756667+00	insert	10	Finns rätt kompetens, och hur dokumenteras den?		0	t	4	\N	10
11	2026-12-07 11:56:21.756667+00	insert	11	Känner medarbetarna till rutiner och mål som berör dem?		1	t	4	\N	11
12	2026-12-07 11:56:21.756667+00	insert	12	Är styrande dokument aktuella, godkända och lätta att hitta?		2	t	4	\N	12
13	2026-12-07 11:56:21.756667+00	insert	13	Följs arbetet de beskrivna processerna och rutinerna?		0	t	5	\N	13
14	2026-12-07 11:56:21.756667+00	insert	14	Hur säkerställs kvaliteten i det som köps in?		1	t	5	\N	14
15	2026-12-07 11:56:21.756667+00	insert	15	Hur hanteras det som inte blev som det skulle?		2	t	5	\N	15
16	2026-12-07 11:56:21.756667+00	insert	16	Vad mäts och följs upp, och hur analyseras resultaten?		0	t	6	\N	16
17	2026-12-07 11:56:21.756667+00	insert	17	Hur tas synpunkter från brukare och kunder om hand?		1	t	6	\N	17
18	2026-12-07 11:56:21.756667+00	insert	18	Genomförs internrevision och ledningens genomgång enligt plan?		2	t	6	\N	18
19	2026-12-07 11:56:21.756667+00	insert	19	Hur utreds avvikelser och deras orsaker?		0	t	7	\N	19
20	2026-12-07 11:56:21.756667+00	insert	20	Följs åtgärdernas effekt upp?		1	t	7	\N	20
21	2026-12-07 11:56:21.756667+00	insert	21	Hur tas förbättringsförslag om hand?		2	t	7	\N	21
22	2026-12-07 11:56:21.756667+00	insert	22	Är verksamhetens processer och rutiner identifierade och beskrivna?		0	t	8	\N	22
23	2026-12-07 11:56:21.756667+00	insert	23	Är det klart hur samverkan med andra sker?		1	t	8	\N	23
24	2026-12-07 11:56:21.756667+00	insert	24	Görs riskanalyser inför förändringar?		0	t	9	\N	24
25	2026-12-07 11:56:21.756667+00	insert	25	Utförs egenkontroll med den frekvens som beslutats?		1	t	9	\N	25
26	2026-12-07 11:56:21.756667+00	insert	26	Tas klagomål och rapporter om missförhållanden om hand och sammanställs?		2	t	9	\N	26
27	2026-12-07 11:56:21.756667+00	insert	27	Vet personalen hur de rapporterar avvikelser och risker?		0	t	10	\N	27
28	2026-12-07 11:56:21.756667+00	insert	28	Dokumenteras arbetet med ledningssystemet?		0	t	11	\N	28
29	2026-12-07 11:56:21.756667+00	insert	29	Finns en kvalitetsberättelse för året?		1	t	11	\N	29
30	2026-12-07 11:56:21.756667+00	insert	30	Får nyanställda introduktion enligt checklistan?		0	t	12	\N	30
31	2026-12-07 11:56:21.756667+00	insert	31	Förvaras och signeras läkemedel enligt rutinen?		0	t	13	\N	31
\.


--
-- Data for Name: audits_teammember; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audits_teammember (id, role, override_reason, override_at, added_at, audit_id, override_by_id, user_id) FROM stdin;
\.


--
-- Data for Name: audits_teammemberevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audits_teammemberevent (pgh_id, pgh_created_at, pgh_label, id, role, override_reason, override_at, added_at, audit_id, override_by_id, pgh_context_id, pgh_obj_id, user_id) FROM stdin;
\.


--
-- Data for Name: auth_group; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_group (id, name) FROM stdin;
\.


--
-- Data for Name: auth_group_permissions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_group_permissions (id, group_id, permission_id) FROM stdin;
\.


--
-- Data for Name: auth_permission; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_permission (id, name, content_type_id, codename) FROM stdin;
1	Can add log entry	3	add_logentry
2	Can change log entry	3	change_logentry
3	Can delete log entry	3	delete_logentry
4	Can view log entry	3	view_logentry
5	Can add permission	4	add_permission
6	Can change permission	4	change_permission
7	Can delete permission	4	delete_permission
8	Can view permission	4	view_permission
9	Can add group	5	add_group
10	Can change group	5	change_group
11	Can delete group	5	delete_group
12	Can view group	5	view_group
13	Can add content type	6	add_contenttype
14	Can change content type	6	change_contenttype
15	Can delete content type	6	delete_contenttype
16	Can view content type	6	view_contenttype
17	Can add session	7	add_session
18	Can change session	7	change_session
19	Can delete session	7	delete_session
20	Can view session	7	view_session
21	Can add context	8	add_context
22	Can change context	8	change_context
23	Can delete context	8	delete_context
24	Can view context	8	view_context
25	Can add events	1	add_events
26	Can change events	1	change_events
27	Can delete events	1	delete_events
28	Can view events	1	view_events
29	Can add middleware events	2	add_middlewareevents
30	Can change middleware events	2	change_middlewareevents
31	Can delete middleware events	2	delete_middlewareevents
32	Can view middleware events	2	view_middlewareevents
33	Can add email address	9	add_emailaddress
34	Can change email address	9	change_emailaddress
35	Can delete email address	9	delete_emailaddress
36	Can view email address	9	view_emailaddress
37	Can add email confirmation	10	add_emailconfirmation
38	Can change email confirmation	10	change_emailconfirmation
39	Can delete email confirmation	10	delete_emailconfirmation
40	Can view email confirmation	10	view_emailconfirmation
41	Can add social account	11	add_socialaccount
42	Can change social account	11	change_socialaccount
43	Can delete social account	11	delete_socialaccount
44	Can view social account	11	view_socialaccount
45	Can add social application	12	add_socialapp
46	Can change social application	12	change_socialapp
47	Can delete social application	12	delete_socialapp
48	Can view social application	12	view_socialapp
49	Can add social application token	13	add_socialtoken
50	Can change social application token	13	change_socialtoken
51	Can delete social application token	13	delete_socialtoken
52	Can view social application token	13	view_socialtoken
53	Can add authenticator	14	add_authenticator
54	Can change authenticator	14	change_authenticator
55	Can delete authenticator	14	delete_authenticator
56	Can view authenticator	14	view_authenticator
57	Can add access attempt	15	add_accessattempt
58	Can change access attempt	15	change_accessattempt
59	Can delete access attempt	15	delete_accessattempt
60	Can view access attempt	15	view_accessattempt
61	Can add access log	16	add_accesslog
62	Can change access log	16	change_accesslog
63	Can delete access log	16	delete_accesslog
64	Can view access log	16	view_accesslog
65	Can add access failure	17	add_accessfailurelog
66	Can change access failure	17	change_accessfailurelog
67	Can delete access failure	17	delete_accessfailurelog
68	Can view access failure	17	view_accessfailurelog
69	Can add access attempt expiration	18	add_accessattemptexpiration
70	Can change access attempt expiration	18	change_accessattemptexpiration
71	Can delete access attempt expiration	18	delete_accessattemptexpiration
72	Can view access attempt expiration	18	view_accessattemptexpiration
73	Can add crontab	19	add_crontabschedule
74	Can change crontab	19	change_crontabschedule
75	Can delete crontab	19	delete_crontabschedule
76	Can view crontab	19	view_crontabschedule
77	Can add interval	20	add_intervalschedule
78	Can change interval	20	change_intervalschedule
79	Can delete interval	20	delete_intervalschedule
80	Can view interval	20	view_intervalschedule
81	Can add periodic task	21	add_periodictask
82	Can change periodic task	21	change_periodictask
83	Can delete periodic task	21	delete_periodictask
84	Can view periodic task	21	view_periodictask
85	Can add periodic task track	22	add_periodictasks
86	Can change periodic task track	22	change_periodictasks
87	Can delete periodic task track	22	delete_periodictasks
88	Can view periodic task track	22	view_periodictasks
89	Can add solar event	23	add_solarschedule
90	Can change solar event	23	change_solarschedule
91	Can delete solar event	23	delete_solarschedule
92	Can view solar event	23	view_solarschedule
93	Can add clocked	24	add_clockedschedule
94	Can change clocked	24	change_clockedschedule
95	Can delete clocked	24	delete_clockedschedule
96	Can view clocked	24	view_clockedschedule
97	Can add organisation unit event	25	add_organisationunitevent
98	Can change organisation unit event	25	change_organisationunitevent
99	Can delete organisation unit event	25	delete_organisationunitevent
100	Can view organisation unit event	25	view_organisationunitevent
101	Can add utgående e-post	26	add_outgoingemail
102	Can change utgående e-post	26	change_outgoingemail
103	Can delete utgående e-post	26	delete_outgoingemail
104	Can view utgående e-post	26	view_outgoingemail
105	Can add user event	27	add_userevent
106	Can change user event	27	change_userevent
107	Can delete user event	27	delete_userevent
108	Can view user event	27	view_userevent
109	Can add användare	28	add_user
110	Can change användare	28	change_user
111	Can delete användare	28	delete_user
112	Can view användare	28	view_user
113	Can add medlemskap	29	add_membership
114	Can change medlemskap	29	change_membership
115	Can delete medlemskap	29	delete_membership
116	Can view medlemskap	29	view_membership
117	Can add organisationsenhet	30	add_organisationunit
118	Can change organisationsenhet	30	change_organisationunit
119	Can delete organisationsenhet	30	delete_organisationunit
120	Can view organisationsenhet	30	view_organisationunit
121	Can add membership event	31	add_membershipevent
122	Can change membership event	31	change_membershipevent
123	Can delete membership event	31	delete_membershipevent
124	Can view membership event	31	view_membershipevent
125	Can add avisering	32	add_notification
126	Can change avisering	32	change_notification
127	Can delete avisering	32	delete_notification
128	Can view avisering	32	view_notification
129	Can add inbjudan	33	add_invitation
130	Can change inbjudan	33	change_invitation
131	Can delete inbjudan	33	delete_invitation
132	Can view inbjudan	33	view_invitation
133	Can add skickat formulär	34	add_formsubmission
134	Can change skickat formulär	34	change_formsubmission
135	Can delete skickat formulär	34	delete_formsubmission
136	Can view skickat formulär	34	view_formsubmission
137	Can add organisationens namn och logotyp	35	add_publicprofile
138	Can change organisationens namn och logotyp	35	change_publicprofile
139	Can delete organisationens namn och logotyp	35	delete_publicprofile
140	Can view organisationens namn och logotyp	35	view_publicprofile
141	Can add public profile event	36	add_publicprofileevent
142	Can change public profile event	36	change_publicprofileevent
143	Can delete public profile event	36	delete_publicprofileevent
144	Can view public profile event	36	view_publicprofileevent
145	Can add val för aviseringar	37	add_notificationpreference
146	Can change val för aviseringar	37	change_notificationpreference
147	Can delete val för aviseringar	37	delete_notificationpreference
148	Can view val för aviseringar	37	view_notificationpreference
149	Can add sammanfattning av aviseringar	38	add_notificationdigest
150	Can change sammanfattning av aviseringar	38	change_notificationdigest
151	Can delete sammanfattning av aviseringar	38	delete_notificationdigest
152	Can view sammanfattning av aviseringar	38	view_notificationdigest
153	Can add kopplad identitet	39	add_linkedidentity
154	Can change kopplad identitet	39	change_linkedidentity
155	Can delete kopplad identitet	39	delete_linkedidentity
156	Can view kopplad identitet	39	view_linkedidentity
157	Can add rollregel	40	add_rolemapping
158	Can change rollregel	40	change_rolemapping
159	Can delete rollregel	40	delete_rolemapping
160	Can view rollregel	40	view_rolemapping
161	Can add medlemskap från rollregel	41	add_grantedmembership
162	Can change medlemskap från rollregel	41	change_grantedmembership
163	Can delete medlemskap från rollregel	41	delete_grantedmembership
164	Can view medlemskap från rollregel	41	view_grantedmembership
165	Can add role mapping event	42	add_rolemappingevent
166	Can change role mapping event	42	change_rolemappingevent
167	Can delete role mapping event	42	delete_rolemappingevent
168	Can view role mapping event	42	view_rolemappingevent
169	Can add seen token	43	add_seentoken
170	Can change seen token	43	change_seentoken
171	Can delete seen token	43	delete_seentoken
172	Can view seen token	43	view_seentoken
173	Can add linked identity event	44	add_linkedidentityevent
174	Can change linked identity event	44	change_linkedidentityevent
175	Can delete linked identity event	44	delete_linkedidentityevent
176	Can view linked identity event	44	view_linkedidentityevent
177	Can add SCIM-klient	45	add_scimclient
178	Can change SCIM-klient	45	change_scimclient
179	Can delete SCIM-klient	45	delete_scimclient
180	Can view SCIM-klient	45	view_scimclient
181	Can add scim client event	46	add_scimclientevent
182	Can change scim client event	46	change_scimclientevent
183	Can delete scim client event	46	delete_scimclientevent
184	Can view scim client event	46	view_scimclientevent
185	Can add grupp från katalogen	47	add_scimgroup
186	Can change grupp från katalogen	47	change_scimgroup
187	Can delete grupp från katalogen	47	delete_scimgroup
188	Can view grupp från katalogen	47	view_scimgroup
189	Can add scim group member	48	add_scimgroupmember
190	Can change scim group member	48	change_scimgroupmember
191	Can delete scim group member	48	delete_scimgroupmember
192	Can view scim group member	48	view_scimgroupmember
193	Can add användare från katalogen	49	add_scimuser
194	Can change användare från katalogen	49	change_scimuser
195	Can delete användare från katalogen	49	delete_scimuser
196	Can view användare från katalogen	49	view_scimuser
197	Can add åtgärd	50	add_action
198	Can change åtgärd	50	change_action
199	Can delete åtgärd	50	delete_action
200	Can view åtgärd	50	view_action
201	Can add action event	51	add_actionevent
202	Can change action event	51	change_actionevent
203	Can delete action event	51	delete_actionevent
204	Can view action event	51	view_actionevent
205	Can add bilaga	52	add_attachment
206	Can change bilaga	52	change_attachment
207	Can delete bilaga	52	delete_attachment
208	Can view bilaga	52	view_attachment
209	Can add case counter	53	add_casecounter
210	Can change case counter	53	change_casecounter
211	Can delete case counter	53	delete_casecounter
212	Can view case counter	53	view_casecounter
213	Can add kategori	54	add_category
214	Can change kategori	54	change_category
215	Can delete kategori	54	delete_category
216	Can view kategori	54	view_category
217	Can add category event	55	add_categoryevent
218	Can change category event	55	change_categoryevent
219	Can delete category event	55	delete_categoryevent
220	Can view category event	55	view_categoryevent
221	Can add kommentar	56	add_comment
222	Can change kommentar	56	change_comment
223	Can delete kommentar	56	delete_comment
224	Can view kommentar	56	view_comment
225	Can add avvikelse	57	add_deviation
226	Can change avvikelse	57	change_deviation
227	Can delete avvikelse	57	delete_deviation
228	Can view avvikelse	57	view_deviation
229	Can add läsning av sekretessmarkerat ärende	58	add_confidentialread
230	Can change läsning av sekretessmarkerat ärende	58	change_confidentialread
231	Can delete läsning av sekretessmarkerat ärende	58	delete_confidentialread
232	Can view läsning av sekretessmarkerat ärende	58	view_confidentialread
233	Can add comment event	59	add_commentevent
234	Can change comment event	59	change_commentevent
235	Can delete comment event	59	delete_commentevent
236	Can view comment event	59	view_commentevent
237	Can add attachment event	60	add_attachmentevent
238	Can change attachment event	60	change_attachmentevent
239	Can delete attachment event	60	delete_attachmentevent
240	Can view attachment event	60	view_attachmentevent
241	Can add export	61	add_export
242	Can change export	61	change_export
243	Can delete export	61	delete_export
244	Can view export	61	view_export
245	Can add export event	62	add_exportevent
246	Can change export event	62	change_exportevent
247	Can delete export event	62	delete_exportevent
248	Can view export event	62	view_exportevent
249	Can add krav	63	add_requirement
250	Can change krav	63	change_requirement
251	Can delete krav	63	delete_requirement
252	Can view krav	63	view_requirement
253	Can add deviation event	64	add_deviationevent
254	Can change deviation event	64	change_deviationevent
255	Can delete deviation event	64	delete_deviationevent
256	Can view deviation event	64	view_deviationevent
257	Can add requirement event	65	add_requirementevent
258	Can change requirement event	65	change_requirementevent
259	Can delete requirement event	65	delete_requirementevent
260	Can view requirement event	65	view_requirementevent
261	Can add tillgänglighetsredogörelse	66	add_accessibilitystatement
262	Can change tillgänglighetsredogörelse	66	change_accessibilitystatement
263	Can delete tillgänglighetsredogörelse	66	delete_accessibilitystatement
264	Can view tillgänglighetsredogörelse	66	view_accessibilitystatement
265	Can add accessibility statement event	67	add_accessibilitystatementevent
266	Can change accessibility statement event	67	change_accessibilitystatementevent
267	Can delete accessibility statement event	67	delete_accessibilitystatementevent
268	Can view accessibility statement event	67	view_accessibilitystatementevent
269	Can add synpunkt	68	add_feedback
270	Can change synpunkt	68	change_feedback
271	Can delete synpunkt	68	delete_feedback
272	Can view synpunkt	68	view_feedback
273	Can add feedback event	69	add_feedbackevent
274	Can change feedback event	69	change_feedbackevent
275	Can delete feedback event	69	delete_feedbackevent
276	Can view feedback event	69	view_feedbackevent
277	Can add svarstid för synpunkter	70	add_feedbackpolicy
278	Can change svarstid för synpunkter	70	change_feedbackpolicy
279	Can delete svarstid för synpunkter	70	delete_feedbackpolicy
280	Can view svarstid för synpunkter	70	view_feedbackpolicy
281	Can add feedback policy event	71	add_feedbackpolicyevent
282	Can change feedback policy event	71	change_feedbackpolicyevent
283	Can delete feedback policy event	71	delete_feedbackpolicyevent
284	Can view feedback policy event	71	view_feedbackpolicyevent
285	Can add anmälningsspår	72	add_legaltrack
286	Can change anmälningsspår	72	change_legaltrack
287	Can delete anmälningsspår	72	delete_legaltrack
288	Can view anmälningsspår	72	view_legaltrack
289	Can add legal track event	73	add_legaltrackevent
290	Can change legal track event	73	change_legaltrackevent
291	Can delete legal track event	73	delete_legaltrackevent
292	Can view legal track event	73	view_legaltrackevent
293	Can add regel för anmälningsspår	74	add_legaltrackrule
294	Can change regel för anmälningsspår	74	change_legaltrackrule
295	Can delete regel för anmälningsspår	74	delete_legaltrackrule
296	Can view regel för anmälningsspår	74	view_legaltrackrule
297	Can add legal track rule event	75	add_legaltrackruleevent
298	Can change legal track rule event	75	change_legaltrackruleevent
299	Can delete legal track rule event	75	delete_legaltrackruleevent
300	Can view legal track rule event	75	view_legaltrackruleevent
301	Can add verksamhet i synpunktsformuläret	76	add_publicactivity
302	Can change verksamhet i synpunktsformuläret	76	change_publicactivity
303	Can delete verksamhet i synpunktsformuläret	76	delete_publicactivity
304	Can view verksamhet i synpunktsformuläret	76	view_publicactivity
305	Can add public activity event	77	add_publicactivityevent
306	Can change public activity event	77	change_publicactivityevent
307	Can delete public activity event	77	delete_publicactivityevent
308	Can view public activity event	77	view_publicactivityevent
309	Can add submission attempt	78	add_submissionattempt
310	Can change submission attempt	78	change_submissionattempt
311	Can delete submission attempt	78	delete_submissionattempt
312	Can view submission attempt	78	view_submissionattempt
313	Can add förbättringsförslag	79	add_suggestion
314	Can change förbättringsförslag	79	change_suggestion
315	Can delete förbättringsförslag	79	delete_suggestion
316	Can view förbättringsförslag	79	view_suggestion
317	Can add suggestion event	80	add_suggestionevent
318	Can change suggestion event	80	change_suggestionevent
319	Can delete suggestion event	80	delete_suggestionevent
320	Can view suggestion event	80	view_suggestionevent
321	Can add extern utförare eller leverantör	81	add_supplier
322	Can change extern utförare eller leverantör	81	change_supplier
323	Can delete extern utförare eller leverantör	81	delete_supplier
324	Can view extern utförare eller leverantör	81	view_supplier
325	Can add supplier event	82	add_supplierevent
326	Can change supplier event	82	change_supplierevent
327	Can delete supplier event	82	delete_supplierevent
328	Can view supplier event	82	view_supplierevent
329	Can add beslut om sekretessmarkering	83	add_categorysensitivitydecision
330	Can change beslut om sekretessmarkering	83	change_categorysensitivitydecision
331	Can delete beslut om sekretessmarkering	83	delete_categorysensitivitydecision
332	Can view beslut om sekretessmarkering	83	view_categorysensitivitydecision
333	Can add deviation tally	84	add_deviationtally
334	Can change deviation tally	84	change_deviationtally
335	Can delete deviation tally	84	delete_deviationtally
336	Can view deviation tally	84	view_deviationtally
337	Can add sparat filter	85	add_savedfilter
338	Can change sparat filter	85	change_savedfilter
339	Can delete sparat filter	85	delete_savedfilter
340	Can view sparat filter	85	view_savedfilter
341	Can add händelse i cykeln	86	add_eventtemplate
342	Can change händelse i cykeln	86	change_eventtemplate
343	Can delete händelse i cykeln	86	delete_eventtemplate
344	Can view händelse i cykeln	86	view_eventtemplate
345	Can add standard event	87	add_standardevent
346	Can change standard event	87	change_standardevent
347	Can delete standard event	87	delete_standardevent
348	Can view standard event	87	view_standardevent
349	Can add kalenderprenumeration	88	add_calendarfeed
350	Can change kalenderprenumeration	88	change_calendarfeed
351	Can delete kalenderprenumeration	88	delete_calendarfeed
352	Can view kalenderprenumeration	88	view_calendarfeed
353	Can add certifikat	89	add_certificate
354	Can change certifikat	89	change_certificate
355	Can delete certifikat	89	delete_certificate
356	Can view certifikat	89	view_certificate
357	Can add certifieringscykel	90	add_cycle
358	Can change certifieringscykel	90	change_cycle
359	Can delete certifieringscykel	90	delete_cycle
360	Can view certifieringscykel	90	view_cycle
361	Can add händelse	91	add_cycleevent
362	Can change händelse	91	change_cycleevent
363	Can delete händelse	91	delete_cycleevent
364	Can view händelse	91	view_cycleevent
365	Can add cycle history event	92	add_cyclehistoryevent
366	Can change cycle history event	92	change_cyclehistoryevent
367	Can delete cycle history event	92	delete_cyclehistoryevent
368	Can view cycle history event	92	view_cyclehistoryevent
369	Can add cycle event event	93	add_cycleeventevent
370	Can change cycle event event	93	change_cycleeventevent
371	Can delete cycle event event	93	delete_cycleeventevent
372	Can view cycle event event	93	view_cycleeventevent
373	Can add underlag	94	add_evidenceitem
374	Can change underlag	94	change_evidenceitem
375	Can delete underlag	94	delete_evidenceitem
376	Can view underlag	94	view_evidenceitem
377	Can add evidence item event	95	add_evidenceitemevent
378	Can change evidence item event	95	change_evidenceitemevent
379	Can delete evidence item event	95	delete_evidenceitemevent
380	Can view evidence item event	95	view_evidenceitemevent
381	Can add skickad påminnelse	96	add_sentreminder
382	Can change skickad påminnelse	96	change_sentreminder
383	Can delete skickad påminnelse	96	delete_sentreminder
384	Can view skickad påminnelse	96	view_sentreminder
385	Can add standard	97	add_standard
386	Can change standard	97	change_standard
387	Can delete standard	97	delete_standard
388	Can view standard	97	view_standard
389	Can add punkt i checklistan	98	add_evidencetemplate
390	Can change punkt i checklistan	98	change_evidencetemplate
391	Can delete punkt i checklistan	98	delete_evidencetemplate
392	Can view punkt i checklistan	98	view_evidencetemplate
393	Can add certificate event	99	add_certificateevent
394	Can change certificate event	99	change_certificateevent
395	Can delete certificate event	99	delete_certificateevent
396	Can view certificate event	99	view_certificateevent
397	Can add criterion event	100	add_criterionevent
398	Can change criterion event	100	change_criterionevent
399	Can delete criterion event	100	delete_criterionevent
400	Can view criterion event	100	view_criterionevent
401	Can add underlag	101	add_evidence
402	Can change underlag	101	change_evidence
403	Can delete underlag	101	delete_evidence
404	Can view underlag	101	view_evidence
405	Can add evidence event	102	add_evidenceevent
406	Can change evidence event	102	change_evidenceevent
407	Can delete evidence event	102	delete_evidenceevent
408	Can view evidence event	102	view_evidenceevent
409	Can add iakttagelse	103	add_finding
410	Can change iakttagelse	103	change_finding
411	Can delete iakttagelse	103	delete_finding
412	Can view iakttagelse	103	view_finding
413	Can add finding event	104	add_findingevent
414	Can change finding event	104	change_findingevent
415	Can delete finding event	104	delete_findingevent
416	Can view finding event	104	view_findingevent
417	Can add revisionsprogram	105	add_programme
418	Can change revisionsprogram	105	change_programme
419	Can delete revisionsprogram	105	delete_programme
420	Can view revisionsprogram	105	view_programme
421	Can add programme event	106	add_programmeevent
422	Can change programme event	106	change_programmeevent
423	Can delete programme event	106	delete_programmeevent
424	Can view programme event	106	view_programmeevent
425	Can add fråga	107	add_question
426	Can change fråga	107	change_question
427	Can delete fråga	107	delete_question
428	Can view fråga	107	view_question
429	Can add question event	108	add_questionevent
430	Can change question event	108	change_questionevent
431	Can delete question event	108	delete_questionevent
432	Can view question event	108	view_questionevent
433	Can add revisionsteam	109	add_teammember
434	Can change revisionsteam	109	change_teammember
435	Can delete revisionsteam	109	delete_teammember
436	Can view revisionsteam	109	view_teammember
437	Can add team member event	110	add_teammemberevent
438	Can change team member event	110	change_teammemberevent
439	Can delete team member event	110	delete_teammemberevent
440	Can view team member event	110	view_teammemberevent
441	Can add svar	111	add_answer
442	Can change svar	111	change_answer
443	Can delete svar	111	delete_answer
444	Can view svar	111	view_answer
445	Can add revision	112	add_audit
446	Can change revision	112	change_audit
447	Can delete revision	112	delete_audit
448	Can view revision	112	view_audit
449	Can add answer event	113	add_answerevent
450	Can change answer event	113	change_answerevent
451	Can delete answer event	113	delete_answerevent
452	Can view answer event	113	view_answerevent
453	Can add audit event	114	add_auditevent
454	Can change audit event	114	change_auditevent
455	Can delete audit event	114	delete_auditevent
456	Can view audit event	114	view_auditevent
457	Can add revisionskriterium	115	add_criterion
458	Can change revisionskriterium	115	change_criterion
459	Can delete revisionskriterium	115	delete_criterion
460	Can view revisionskriterium	115	view_criterion
461	Can add import	116	add_importjob
462	Can change import	116	change_importjob
463	Can delete import	116	delete_importjob
464	Can view import	116	view_importjob
465	Can add chefsroll från organisationsimport	117	add_importedmanagerrole
466	Can change chefsroll från organisationsimport	117	change_importedmanagerrole
467	Can delete chefsroll från organisationsimport	117	delete_importedmanagerrole
468	Can view chefsroll från organisationsimport	117	view_importedmanagerrole
469	Can add fel i importfil	118	add_importproblem
470	Can change fel i importfil	118	change_importproblem
471	Can delete fel i importfil	118	delete_importproblem
472	Can view fel i importfil	118	view_importproblem
473	Can add importerad post	119	add_legacyrecord
474	Can change importerad post	119	change_legacyrecord
475	Can delete importerad post	119	delete_legacyrecord
476	Can view importerad post	119	view_legacyrecord
477	Can add sparad kolumnkoppling	120	add_columnmapping
478	Can change sparad kolumnkoppling	120	change_columnmapping
479	Can delete sparad kolumnkoppling	120	delete_columnmapping
480	Can view sparad kolumnkoppling	120	view_columnmapping
481	Can add nyckeltal	121	add_indicator
482	Can change nyckeltal	121	change_indicator
483	Can delete nyckeltal	121	delete_indicator
484	Can view nyckeltal	121	view_indicator
485	Can add beslut	122	add_decision
486	Can change beslut	122	change_decision
487	Can delete beslut	122	delete_decision
488	Can view beslut	122	view_decision
489	Can add värde för nyckeltal	123	add_indicatorvalue
490	Can change värde för nyckeltal	123	change_indicatorvalue
491	Can delete värde för nyckeltal	123	delete_indicatorvalue
492	Can view värde för nyckeltal	123	view_indicatorvalue
493	Can add indicator value event	124	add_indicatorvalueevent
494	Can change indicator value event	124	change_indicatorvalueevent
495	Can delete indicator value event	124	delete_indicatorvalueevent
496	Can view indicator value event	124	view_indicatorvalueevent
497	Can add kvalitetsmål	125	add_objective
498	Can change kvalitetsmål	125	change_objective
499	Can delete kvalitetsmål	125	delete_objective
500	Can view kvalitetsmål	125	view_objective
501	Can add indicator event	126	add_indicatorevent
502	Can change indicator event	126	change_indicatorevent
503	Can delete indicator event	126	delete_indicatorevent
504	Can view indicator event	126	view_indicatorevent
505	Can add objective event	127	add_objectiveevent
506	Can change objective event	127	change_objectiveevent
507	Can delete objective event	127	delete_objectiveevent
508	Can view objective event	127	view_objectiveevent
509	Can add deltagare	128	add_participant
510	Can change deltagare	128	change_participant
511	Can delete deltagare	128	delete_participant
512	Can view deltagare	128	view_participant
513	Can add ledningens genomgång	129	add_review
514	Can change ledningens genomgång	129	change_review
515	Can delete ledningens genomgång	129	delete_review
516	Can view ledningens genomgång	129	view_review
517	Can add participant event	130	add_participantevent
518	Can change participant event	130	change_participantevent
519	Can delete participant event	130	delete_participantevent
520	Can view participant event	130	view_participantevent
521	Can add decision event	131	add_decisionevent
522	Can change decision event	131	change_decisionevent
523	Can delete decision event	131	delete_decisionevent
524	Can view decision event	131	view_decisionevent
525	Can add review event	132	add_reviewevent
526	Can change review event	132	change_reviewevent
527	Can delete review event	132	delete_reviewevent
528	Can view review event	132	view_reviewevent
529	Can add punkt i genomgången	133	add_reviewitem
530	Can change punkt i genomgången	133	change_reviewitem
531	Can delete punkt i genomgången	133	delete_reviewitem
532	Can view punkt i genomgången	133	view_reviewitem
533	Can add review item event	134	add_reviewitemevent
534	Can change review item event	134	change_reviewitemevent
535	Can delete review item event	134	delete_reviewitemevent
536	Can view review item event	134	view_reviewitemevent
537	Can add kvalitetsberättelse	135	add_qualityreport
538	Can change kvalitetsberättelse	135	change_qualityreport
539	Can delete kvalitetsberättelse	135	delete_qualityreport
540	Can view kvalitetsberättelse	135	view_qualityreport
541	Can add quality report event	136	add_qualityreportevent
542	Can change quality report event	136	change_qualityreportevent
543	Can delete quality report event	136	delete_qualityreportevent
544	Can view quality report event	136	view_qualityreportevent
545	Can add patientsäkerhetsberättelse	137	add_patientsafetyreport
546	Can change patientsäkerhetsberättelse	137	change_patientsafetyreport
547	Can delete patientsäkerhetsberättelse	137	delete_patientsafetyreport
548	Can view patientsäkerhetsberättelse	137	view_patientsafetyreport
549	Can add patient safety report event	138	add_patientsafetyreportevent
550	Can change patient safety report event	138	change_patientsafetyreportevent
551	Can delete patient safety report event	138	delete_patientsafetyreportevent
552	Can view patient safety report event	138	view_patientsafetyreportevent
553	Can add påminnelse om patientsäkerhetsberättelse	139	add_patientsafetyreminder
554	Can change påminnelse om patientsäkerhetsberättelse	139	change_patientsafetyreminder
555	Can delete påminnelse om patientsäkerhetsberättelse	139	delete_patientsafetyreminder
556	Can view påminnelse om patientsäkerhetsberättelse	139	view_patientsafetyreminder
557	Can add file removal	140	add_fileremoval
558	Can change file removal	140	change_fileremoval
559	Can delete file removal	140	delete_fileremoval
560	Can view file removal	140	view_fileremoval
561	Can add e-arkivpaket	141	add_archivepackage
562	Can change e-arkivpaket	141	change_archivepackage
563	Can delete e-arkivpaket	141	delete_archivepackage
564	Can view e-arkivpaket	141	view_archivepackage
565	Can add archive package event	142	add_archivepackageevent
566	Can change archive package event	142	change_archivepackageevent
567	Can delete archive package event	142	delete_archivepackageevent
568	Can view archive package event	142	view_archivepackageevent
569	Can add delivered record	143	add_deliveredrecord
570	Can change delivered record	143	change_deliveredrecord
571	Can delete delivered record	143	delete_deliveredrecord
572	Can view delivered record	143	view_deliveredrecord
573	Can add fullständig export	144	add_fullexport
574	Can change fullständig export	144	change_fullexport
575	Can delete fullständig export	144	delete_fullexport
576	Can view fullständig export	144	view_fullexport
577	Can add spärr mot gallring	145	add_legalhold
578	Can change spärr mot gallring	145	change_legalhold
579	Can delete spärr mot gallring	145	delete_legalhold
580	Can view spärr mot gallring	145	view_legalhold
581	Can add legal hold event	146	add_legalholdevent
582	Can change legal hold event	146	change_legalholdevent
583	Can delete legal hold event	146	delete_legalholdevent
584	Can view legal hold event	146	view_legalholdevent
585	Can add gallringsförslag	147	add_proposal
586	Can change gallringsförslag	147	change_proposal
587	Can delete gallringsförslag	147	delete_proposal
588	Can view gallringsförslag	147	view_proposal
589	Can add proposal event	148	add_proposalevent
590	Can change proposal event	148	change_proposalevent
591	Can delete proposal event	148	delete_proposalevent
592	Can view proposal event	148	view_proposalevent
593	Can add proposal rule	149	add_proposalrule
594	Can change proposal rule	149	change_proposalrule
595	Can delete proposal rule	149	delete_proposalrule
596	Can view proposal rule	149	view_proposalrule
597	Can add proposal item	150	add_proposalitem
598	Can change proposal item	150	change_proposalitem
599	Can delete proposal item	150	delete_proposalitem
600	Can view proposal item	150	view_proposalitem
601	Can add registerutdrag	151	add_registerextract
602	Can change registerutdrag	151	change_registerextract
603	Can delete registerutdrag	151	delete_registerextract
604	Can view registerutdrag	151	view_registerextract
605	Can add register extract event	152	add_registerextractevent
606	Can change register extract event	152	change_registerextractevent
607	Can delete register extract event	152	delete_registerextractevent
608	Can view register extract event	152	view_registerextractevent
609	Can add regel i informationshanteringsplanen	153	add_retentionrule
610	Can change regel i informationshanteringsplanen	153	change_retentionrule
611	Can delete regel i informationshanteringsplanen	153	delete_retentionrule
612	Can view regel i informationshanteringsplanen	153	view_retentionrule
613	Can add retention rule event	154	add_retentionruleevent
614	Can change retention rule event	154	change_retentionruleevent
615	Can delete retention rule event	154	delete_retentionruleevent
616	Can view retention rule event	154	view_retentionruleevent
617	Can add åtkomst	155	add_accesslog
618	Can change åtkomst	155	change_accesslog
619	Can delete åtkomst	155	delete_accesslog
620	Can view åtkomst	155	view_accesslog
621	Can add rate count	156	add_ratecount
622	Can change rate count	156	change_ratecount
623	Can delete rate count	156	delete_ratecount
624	Can view rate count	156	view_ratecount
625	Can add API-token	157	add_accesstoken
626	Can change API-token	157	change_accesstoken
627	Can delete API-token	157	delete_accesstoken
628	Can view API-token	157	view_accesstoken
629	Can add access token event	158	add_accesstokenevent
630	Can change access token event	158	change_accesstokenevent
631	Can delete access token event	158	delete_accesstokenevent
632	Can view access token event	158	view_accesstokenevent
633	Can add tjänstekonto	159	add_serviceaccount
634	Can change tjänstekonto	159	change_serviceaccount
635	Can delete tjänstekonto	159	delete_serviceaccount
636	Can view tjänstekonto	159	view_serviceaccount
637	Can add service account event	160	add_serviceaccountevent
638	Can change service account event	160	change_serviceaccountevent
639	Can delete service account event	160	delete_serviceaccountevent
640	Can view service account event	160	view_serviceaccountevent
641	Can add webhook delivery	161	add_webhookdelivery
642	Can change webhook delivery	161	change_webhookdelivery
643	Can delete webhook delivery	161	delete_webhookdelivery
644	Can view webhook delivery	161	view_webhookdelivery
645	Can add webhook event	162	add_webhookevent
646	Can change webhook event	162	change_webhookevent
647	Can delete webhook event	162	delete_webhookevent
648	Can view webhook event	162	view_webhookevent
649	Can add webhook attempt	163	add_webhookattempt
650	Can change webhook attempt	163	change_webhookattempt
651	Can delete webhook attempt	163	delete_webhookattempt
652	Can view webhook attempt	163	view_webhookattempt
653	Can add webhook-prenumeration	164	add_webhooksubscription
654	Can change webhook-prenumeration	164	change_webhooksubscription
655	Can delete webhook-prenumeration	164	delete_webhooksubscription
656	Can view webhook-prenumeration	164	view_webhooksubscription
657	Can add webhook subscription event	165	add_webhooksubscriptionevent
658	Can change webhook subscription event	165	change_webhooksubscriptionevent
659	Can delete webhook subscription event	165	delete_webhooksubscriptionevent
660	Can view webhook subscription event	165	view_webhooksubscriptionevent
\.


--
-- Data for Name: axes_accessattempt; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.axes_accessattempt (id, user_agent, ip_address, username, http_accept, path_info, attempt_time, get_data, post_data, failures_since_start) FROM stdin;
\.


--
-- Data for Name: axes_accessattemptexpiration; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.axes_accessattemptexpiration (access_attempt_id, expires_at) FROM stdin;
\.


--
-- Data for Name: axes_accessfailurelog; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.axes_accessfailurelog (id, user_agent, ip_address, username, http_accept, path_info, attempt_time, locked_out) FROM stdin;
\.


--
-- Data for Name: axes_accesslog; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.axes_accesslog (id, user_agent, ip_address, username, http_accept, path_info, attempt_time, logout_time, session_hash) FROM stdin;
\.


--
-- Data for Name: certifications_calendarfeed; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.certifications_calendarfeed (id, token_hash, created_at, user_id) FROM stdin;
\.


--
-- Data for Name: certifications_certificate; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.certifications_certificate (id, issuer, status, not_renewing_decided_on, not_renewing_reason, created_at, not_renewing_decided_by_id, responsible_id, standard_id) FROM stdin;
\.


--
-- Data for Name: certifications_certificate_units; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.certifications_certificate_units (id, certificate_id, organisationunit_id) FROM stdin;
\.


--
-- Data for Name: certifications_certificateevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.certifications_certificateevent (pgh_id, pgh_created_at, pgh_label, id, issuer, status, not_renewing_decided_on, not_renewing_reason, created_at, not_renewing_decided_by_id, pgh_context_id, pgh_obj_id, responsible_id, standard_id) FROM stdin;
\.


--
-- Data for Name: certifications_cycle; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.certifications_cycle (id, number, issue_date, is_initial, expiry_date, expiry_override, expiry_override_reason, certificate_file, certificate_file_name, created_at, certificate_id, previous_id) FROM stdin;
\.


--
-- Data for Name: certifications_cycleevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.certifications_cycleevent (id, kind, name, planned_date, planned_by_cycle, actual_date, outcome, notes, audit_reference, audit_object_id, audit_content_type_id, cycle_id, template_id, reminding) FROM stdin;
\.


--
-- Data for Name: certifications_cycleeventevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.certifications_cycleeventevent (pgh_id, pgh_created_at, pgh_label, id, kind, name, planned_date, planned_by_cycle, actual_date, outcome, notes, audit_reference, audit_object_id, audit_content_type_id, cycle_id, pgh_context_id, pgh_obj_id, template_id) FROM stdin;
\.


--
-- Data for Name: certifications_cyclehistoryevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.certifications_cyclehistoryevent (pgh_id, pgh_created_at, pgh_label, id, number, issue_date, is_initial, expiry_date, expiry_override, expiry_override_reason, certificate_file, certificate_file_name, created_at, certificate_id, pgh_context_id, pgh_obj_id, previous_id) FROM stdin;
\.


--
-- Data for Name: certifications_eventtemplate; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.certifications_eventtemplate (id, kind, name, anchor, offset_months, initial_only, "order", standard_id) FROM stdin;
1	stage1	Certifieringsrevision steg 1	issue	-3	t	0	1
2	stage2	Certifieringsrevision steg 2	issue	-1	t	1	1
3	surveillance	Övervakningsrevision år 2	issue	12	f	2	1
4	surveillance	Övervakningsrevision år 3	issue	24	f	3	1
5	recertification	Omcertifieringsrevision	expiry	-3	f	4	1
6	stage1	Certifieringsrevision steg 1	issue	-3	t	0	2
7	stage2	Certifieringsrevision steg 2	issue	-1	t	1	2
8	surveillance	Övervakningsrevision år 2	issue	12	f	2	2
9	surveillance	Övervakningsrevision år 3	issue	24	f	3	2
10	recertification	Omcertifieringsrevision	expiry	-3	f	4	2
11	stage1	Certifieringsrevision steg 1	issue	-3	t	0	3
12	stage2	Certifieringsrevision steg 2	issue	-1	t	1	3
13	surveillance	Övervakningsrevision år 2	issue	12	f	2	3
14	surveillance	Övervakningsrevision år 3	issue	24	f	3	3
15	recertification	Omcertifieringsrevision	expiry	-3	f	4	3
16	stage1	Certifieringsrevision steg 1	issue	-3	t	0	4
17	stage2	Certifieringsrevision steg 2	issue	-1	t	1	4
18	surveillance	Övervakningsrevision år 2	issue	12	f	2	4
19	surveillance	Övervakningsrevision år 3	issue	24	f	3	4
20	recertification	Omcertifieringsrevision	expiry	-3	f	4	4
21	stage1	Certifieringsrevision steg 1	issue	-3	t	0	5
22	stage2	Certifieringsrevision steg 2	issue	-1	t	1	5
23	surveillance	Övervakningsrevision år 2	issue	12	f	2	5
24	surveillance	Övervakningsrevision år 3	issue	24	f	3	5
25	recertification	Omcertifieringsrevision	expiry	-3	f	4	5
26	revision	Förnyelseansökan (revision av ansökan)	expiry	-3	f	0	6
\.


--
-- Data for Name: certifications_evidenceitem; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.certifications_evidenceitem (id, "order", title, guidance, text, document, document_name, done, done_at, copied_from_id, cycle_id, done_by_id) FROM stdin;
\.


--
-- Data for Name: certifications_evidenceitemevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.certifications_evidenceitemevent (pgh_id, pgh_created_at, pgh_label, id, "order", title, guidance, text, document, document_name, done, done_at, copied_from_id, cycle_id, done_by_id, pgh_context_id, pgh_obj_id) FROM stdin;
\.


--
-- Data for Name: certifications_evidencetemplate; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.certifications_evidencetemplate (id, "order", title, guidance, standard_id) FROM stdin;
1	0	Ledningens genomgång	Protokoll från ledningens genomgångar under cykeln.	1
2	1	Internrevisioner	Revisionsprogram och rapporter från internrevisionerna.	1
3	2	Avvikelser från förra externa revisionen	Hur avvikelserna från certifieringsorganets senaste revision har åtgärdats.	1
4	3	Mål och uppföljning	Mål, nyckeltal och resultat sedan förra revisionen.	1
5	4	Förändringar i verksamhet och omfattning	Nya eller nedlagda enheter, processer och lagkrav som påverkar certifikatets omfattning.	1
6	0	Ledningens genomgång	Protokoll från ledningens genomgångar under cykeln.	2
7	1	Internrevisioner	Revisionsprogram och rapporter från internrevisionerna.	2
8	2	Avvikelser från förra externa revisionen	Hur avvikelserna från certifieringsorganets senaste revision har åtgärdats.	2
9	3	Mål och uppföljning	Mål, nyckeltal och resultat sedan förra revisionen.	2
10	4	Förändringar i verksamhet och omfattning	Nya eller nedlagda enheter, processer och lagkrav som påverkar certifikatets omfattning.	2
11	5	Miljöaspekter och lagkrav	Uppdaterad värdering av miljöaspekter och lagkrav.	2
12	0	Ledningens genomgång	Protokoll från ledningens genomgångar under cykeln.	3
13	1	Internrevisioner	Revisionsprogram och rapporter från internrevisionerna.	3
14	2	Avvikelser från förra externa revisionen	Hur avvikelserna från certifieringsorganets senaste revision har åtgärdats.	3
15	3	Mål och uppföljning	Mål, nyckeltal och resultat sedan förra revisionen.	3
16	4	Förändringar i verksamhet och omfattning	Nya eller nedlagda enheter, processer och lagkrav som påverkar certifikatets omfattning.	3
17	5	Risker i arbetsmiljön	Uppdaterad riskbedömning och arbetsmiljöuppföljning.	3
18	0	Ledningens genomgång	Protokoll från ledningens genomgångar under cykeln.	4
19	1	Internrevisioner	Revisionsprogram och rapporter från internrevisionerna.	4
20	2	Avvikelser från förra externa revisionen	Hur avvikelserna från certifieringsorganets senaste revision har åtgärdats.	4
21	3	Mål och uppföljning	Mål, nyckeltal och resultat sedan förra revisionen.	4
22	4	Förändringar i verksamhet och omfattning	Nya eller nedlagda enheter, processer och lagkrav som påverkar certifikatets omfattning.	4
23	5	Energiprestanda	Energikartläggning, energiindikatorer och utfall.	4
24	0	Ledningens genomgång	Protokoll från ledningens genomgångar under cykeln.	5
25	1	Internrevisioner	Revisionsprogram och rapporter från internrevisionerna.	5
26	2	Avvikelser från förra externa revisionen	Hur avvikelserna från certifieringsorganets senaste revision har åtgärdats.	5
27	3	Mål och uppföljning	Mål, nyckeltal och resultat sedan förra revisionen.	5
28	4	Förändringar i verksamhet och omfattning	Nya eller nedlagda enheter, processer och lagkrav som påverkar certifikatets omfattning.	5
29	5	Riskbehandling och uttalande om tillämplighet	Uppdaterad riskbedömning och uttalande om tillämplighet (SoA).	5
30	0	Bakgrund	Beskrivning och underlag för avsnittet; revidera förra ansökans text.	6
31	1	Nuläget	Beskrivning och underlag för avsnittet; revidera förra ansökans text.	6
32	2	Organisation	Beskrivning och underlag för avsnittet; revidera förra ansökans text.	6
33	3	Finansiering & budget	Beskrivning och underlag för avsnittet; revidera förra ansökans text.	6
34	4	Vision & affärsidé	Beskrivning och underlag för avsnittet; revidera förra ansökans text.	6
35	5	Mål & strategi	Beskrivning och underlag för avsnittet; revidera förra ansökans text.	6
36	6	Affärsplan/handlingsplan/verksamhetsplan	Beskrivning och underlag för avsnittet; revidera förra ansökans text.	6
37	7	Utveckling, indikatorer och resultatuppföljning	Beskrivning och underlag för avsnittet; revidera förra ansökans text.	6
38	8	Kommunikation & dialog	Beskrivning och underlag för avsnittet; revidera förra ansökans text.	6
\.


--
-- Data for Name: certifications_sentreminder; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.certifications_sentreminder (id, target_date, days_before, due_date, late, sent_at, cycle_id, event_id) FROM stdin;
\.


--
-- Data for Name: certifications_standard; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.certifications_standard (id, code, name, short_name, issuer, renewal_kind, validity_months, reminder_days, is_active) FROM stdin;
1	iso-9001	ISO 9001:2015 Ledningssystem för kvalitet	ISO 9001		recertification	36	{180,90,30,7}	t
2	iso-14001	ISO 14001:2015 Ledningssystem för miljö	ISO 14001		recertification	36	{180,90,30,7}	t
3	iso-45001	ISO 45001:2018 Ledningssystem för arbetsmiljö	ISO 45001		recertification	36	{180,90,30,7}	t
4	iso-50001	ISO 50001:2018 Ledningssystem för energi	ISO 50001		recertification	36	{180,90,30,7}	t
5	iso-iec-27001	ISO/IEC 27001:2022 Ledningssystem för informationssäkerhet	ISO/IEC 27001		recertification	36	{180,90,30,7}	t
6	quality-mark	Quality Mark (Svenska Stadskärnor)	Quality Mark	Svenska Stadskärnor	revision	36	{180,90,30,7}	t
\.


--
-- Data for Name: certifications_standardevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.certifications_standardevent (pgh_id, pgh_created_at, pgh_label, id, code, name, short_name, issuer, renewal_kind, validity_months, reminder_days, is_active, pgh_context_id, pgh_obj_id) FROM stdin;
1	2026-12-07 11:56:23.903605+00	insert	1	iso-9001	ISO 9001:2015 Ledningssystem för kvalitet	ISO 9001		recertification	36	{180,90,30,7}	t	\N	1
2	2026-12-07 11:56:23.903605+00	insert	2	iso-14001	ISO 14001:2015 Ledningssystem för miljö	ISO 14001		recertification	36	{180,90,30,7}	t	\N	2
3	2026-12-07 11:56:23.903605+00	insert	3	iso-45001	ISO 45001:2018 Ledningssystem för arbetsmiljö	ISO 45001		recertification	36	{180,90,30,7}	t	\N	3
4	2026-12-07 11:56:23.903605+00	insert	4	iso-50001	ISO 50001:2018 Ledningssystem för energi	ISO 50001		recertification	36	{180,90,30,7}	t	\N	4
5	2026-12-07 11:56:23.903605+00	insert	5	iso-iec-27001	ISO/IEC 27001:2022 Ledningssystem för informationssäkerhet	ISO/IEC 27001		recertification	36	{180,90,30,7}	t	\N	5
6	2026-12-07 11:56:23.903605+00	insert	6	quality-mark	Quality Mark (Svenska Stadskärnor)	Quality Mark	Svenska Stadskärnor	revision	36	{180,90,30,7}	t	\N	6
\.


--
-- Data for Name: deviations_accessibilitystatement; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deviations_accessibilitystatement (id, text, contact, updated_at) FROM stdin;
\.


--
-- Data for Name: deviations_accessibilitystatementevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deviations_accessibilitystatementevent (pgh_id, pgh_created_at, pgh_label, id, text, contact, updated_at, pgh_context_id, pgh_obj_id) FROM stdin;
\.


--
-- Data for Name: deviations_action; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deviations_action (id, object_id, kind, title, description, due_date, status, result, effectiveness_check, is_confidential, created_at, completed_at, verified_at, content_type_id, created_by_id, owner_id, unit_id, verified_by_id, previous_number) FROM stdin;
\.


--
-- Data for Name: deviations_actionevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deviations_actionevent (pgh_id, pgh_created_at, pgh_label, id, object_id, kind, title, description, due_date, status, result, effectiveness_check, is_confidential, created_at, completed_at, verified_at, content_type_id, created_by_id, owner_id, pgh_context_id, pgh_obj_id, unit_id, verified_by_id, previous_number) FROM stdin;
\.


--
-- Data for Name: deviations_attachment; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deviations_attachment (id, file, original_name, content_type, size, created_at, uploaded_by_id, deviation_id) FROM stdin;
\.


--
-- Data for Name: deviations_attachmentevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deviations_attachmentevent (pgh_id, pgh_created_at, pgh_label, id, file, original_name, content_type, size, created_at, pgh_context_id, pgh_obj_id, uploaded_by_id, deviation_id) FROM stdin;
\.


--
-- Data for Name: deviations_casecounter; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deviations_casecounter (id, series, year, last_number, organisation_id) FROM stdin;
\.


--
-- Data for Name: deviations_category; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deviations_category (id, name, description, is_sensitive, asks_ia_number, is_active, parent_id, is_health_care) FROM stdin;
\.


--
-- Data for Name: deviations_categoryevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deviations_categoryevent (pgh_id, pgh_created_at, pgh_label, id, name, description, is_sensitive, asks_ia_number, is_active, parent_id, pgh_context_id, pgh_obj_id, is_health_care) FROM stdin;
\.


--
-- Data for Name: deviations_categorysensitivitydecision; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deviations_categorysensitivitydecision (id, is_sensitive, reason, decided_at, category_id, decided_by_id) FROM stdin;
\.


--
-- Data for Name: deviations_comment; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deviations_comment (id, text, created_at, author_id, deviation_id) FROM stdin;
\.


--
-- Data for Name: deviations_commentevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deviations_commentevent (pgh_id, pgh_created_at, pgh_label, id, text, created_at, author_id, pgh_context_id, pgh_obj_id, deviation_id) FROM stdin;
\.


--
-- Data for Name: deviations_confidentialread; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deviations_confidentialread (id, what, at, user_id, deviation_id) FROM stdin;
\.


--
-- Data for Name: deviations_deviation; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deviations_deviation (id, number, status, title, description, occurred_at, location, immediate_action, ia_case_number, probability, consequence, is_confidential, cause_groups, cause_analysis, effectiveness_evaluation, dismissal_reason, reopen_reason, created_at, updated_at, closed_at, category_id, investigator_id, organisation_id, reported_by_id, unit_id, requirement_id, supplier_id, previous_number, effect_check_due, effect_check_result, effect_checked_at) FROM stdin;
\.


--
-- Data for Name: deviations_deviationevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deviations_deviationevent (pgh_id, pgh_created_at, pgh_label, id, number, status, title, description, occurred_at, location, immediate_action, ia_case_number, probability, consequence, is_confidential, cause_groups, cause_analysis, effectiveness_evaluation, dismissal_reason, reopen_reason, created_at, updated_at, closed_at, category_id, investigator_id, organisation_id, pgh_context_id, pgh_obj_id, reported_by_id, unit_id, requirement_id, supplier_id, previous_number, effect_check_due, effect_check_result, effect_checked_at) FROM stdin;
\.


--
-- Data for Name: deviations_deviationtally; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deviations_deviationtally (id, subtree, kind, month, status, is_confidential, count, seconds, category_id, unit_id) FROM stdin;
\.


--
-- Data for Name: deviations_export; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deviations_export (id, query, format, status, rows_done, rows_total, file, error, created_at, finished_at, requested_by_id) FROM stdin;
\.


--
-- Data for Name: deviations_exportevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deviations_exportevent (pgh_id, pgh_created_at, pgh_label, id, query, format, status, rows_done, rows_total, file, error, created_at, finished_at, pgh_context_id, pgh_obj_id, requested_by_id) FROM stdin;
\.


--
-- Data for Name: deviations_feedback; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deviations_feedback (id, number, kind, text, contact_name, contact_email, contact_phone, contact_removed_at, status, due_date, answer, answered_at, answer_sent_to, tracking_token_hash, created_at, closed_at, answered_by_id, assignee_id, deviation_id, organisation_id, unit_id) FROM stdin;
\.


--
-- Data for Name: deviations_feedbackevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deviations_feedbackevent (pgh_id, pgh_created_at, pgh_label, id, number, kind, text, contact_removed_at, status, due_date, answer, answered_at, answer_sent_to, created_at, closed_at, answered_by_id, assignee_id, deviation_id, organisation_id, pgh_context_id, pgh_obj_id, unit_id) FROM stdin;
\.


--
-- Data for Name: deviations_feedbackpolicy; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deviations_feedbackpolicy (id, response_days, organisation_id) FROM stdin;
\.


--
-- Data for Name: deviations_feedbackpolicyevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deviations_feedbackpolicyevent (pgh_id, pgh_created_at, pgh_label, id, response_days, organisation_id, pgh_context_id, pgh_obj_id) FROM stdin;
\.


--
-- Data for Name: deviations_legaltrack; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deviations_legaltrack (id, kind, status, flagged_at, aware_at, is_serious, assessment, assessed_at, clock_started_at, deadline, reported_at, authority_reference, authority_decision, authority_decided_at, patient_informed, assessed_by_id, deviation_id, flagged_by_id) FROM stdin;
\.


--
-- Data for Name: deviations_legaltrackevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deviations_legaltrackevent (pgh_id, pgh_created_at, pgh_label, id, kind, status, flagged_at, aware_at, is_serious, assessment, assessed_at, clock_started_at, deadline, reported_at, authority_reference, authority_decision, authority_decided_at, patient_informed, assessed_by_id, deviation_id, flagged_by_id, pgh_context_id, pgh_obj_id) FROM stdin;
\.


--
-- Data for Name: deviations_legaltrackrule; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deviations_legaltrackrule (id, kind, legal_reference, target_hours) FROM stdin;
1	lex_sarah	Socialtjänstlagen (2025:400), bestämmelserna om lex Sarah; LSS 24 a–24 g §§; SOSFS 2011:5	336
2	lex_maria	Patientsäkerhetslagen (2010:659) 3 kap. 5 §; HSLF-FS 2017:41	336
3	data_breach	Dataskyddsförordningen (EU) 2016/679 artikel 33	72
4	work_environment	Arbetsmiljöförordningen (1977:1166) 2 §	24
\.


--
-- Data for Name: deviations_legaltrackruleevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deviations_legaltrackruleevent (pgh_id, pgh_created_at, pgh_label, id, kind, legal_reference, target_hours, pgh_context_id, pgh_obj_id) FROM stdin;
1	2026-12-07 11:56:24.474241+00	insert	1	lex_sarah	Socialtjänstlagen (2025:400), bestämmelserna om lex Sarah; LSS 24 a–24 g §§; SOSFS 2011:5	336	\N	1
2	2026-12-07 11:56:24.474241+00	insert	2	lex_maria	Patientsäkerhetslagen (2010:659) 3 kap. 5 §; HSLF-FS 2017:41	336	\N	2
3	2026-12-07 11:56:24.474241+00	insert	3	data_breach	Dataskyddsförordningen (EU) 2016/679 artikel 33	72	\N	3
4	2026-12-07 11:56:24.474241+00	insert	4	work_environment	Arbetsmiljöförordningen (1977:1166) 2 §	24	\N	4
\.


--
-- Data for Name: deviations_publicactivity; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deviations_publicactivity (id, public_name, is_visible, unit_id) FROM stdin;
\.


--
-- Data for Name: deviations_publicactivityevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deviations_publicactivityevent (pgh_id, pgh_created_at, pgh_label, id, public_name, is_visible, pgh_context_id, pgh_obj_id, unit_id) FROM stdin;
\.


--
-- Data for Name: deviations_requirement; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deviations_requirement (id, title, kind, reference, description, url, document, review_date, is_active, owner_unit_id) FROM stdin;
\.


--
-- Data for Name: deviations_requirementevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deviations_requirementevent (pgh_id, pgh_created_at, pgh_label, id, title, kind, reference, description, url, document, review_date, is_active, owner_unit_id, pgh_context_id, pgh_obj_id) FROM stdin;
\.


--
-- Data for Name: deviations_savedfilter; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deviations_savedfilter (id, list, name, query, created_at, user_id) FROM stdin;
\.


--
-- Data for Name: deviations_submissionattempt; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deviations_submissionattempt (id, address_hash, at) FROM stdin;
\.


--
-- Data for Name: deviations_suggestion; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deviations_suggestion (id, number, title, description, reason, status, decision_reason, decided_at, created_at, decided_by_id, organisation_id, submitted_by_id, unit_id) FROM stdin;
\.


--
-- Data for Name: deviations_suggestionevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deviations_suggestionevent (pgh_id, pgh_created_at, pgh_label, id, number, title, description, reason, status, decision_reason, decided_at, created_at, decided_by_id, organisation_id, pgh_context_id, pgh_obj_id, submitted_by_id, unit_id) FROM stdin;
\.


--
-- Data for Name: deviations_supplier; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deviations_supplier (id, name, organisation_number, delivers, contact, is_active) FROM stdin;
\.


--
-- Data for Name: deviations_supplierevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deviations_supplierevent (pgh_id, pgh_created_at, pgh_label, id, name, organisation_number, delivers, contact, is_active, pgh_context_id, pgh_obj_id) FROM stdin;
\.


--
-- Data for Name: django_admin_log; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.django_admin_log (id, action_time, object_id, object_repr, action_flag, change_message, content_type_id, user_id) FROM stdin;
\.


--
-- Data for Name: django_celery_beat_clockedschedule; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.django_celery_beat_clockedschedule (id, clocked_time) FROM stdin;
\.


--
-- Data for Name: django_celery_beat_crontabschedule; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.django_celery_beat_crontabschedule (id, minute, hour, day_of_week, day_of_month, month_of_year, timezone) FROM stdin;
\.


--
-- Data for Name: django_celery_beat_intervalschedule; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.django_celery_beat_intervalschedule (id, every, period) FROM stdin;
\.


--
-- Data for Name: django_celery_beat_periodictask; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.django_celery_beat_periodictask (id, name, task, args, kwargs, queue, exchange, routing_key, expires, enabled, last_run_at, total_run_count, date_changed, description, crontab_id, interval_id, solar_id, one_off, start_time, priority, headers, clocked_id, expire_seconds) FROM stdin;
\.


--
-- Data for Name: django_celery_beat_periodictasks; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.django_celery_beat_periodictasks (ident, last_update) FROM stdin;
\.


--
-- Data for Name: django_celery_beat_solarschedule; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.django_celery_beat_solarschedule (id, event, latitude, longitude) FROM stdin;
\.


--
-- Data for Name: django_content_type; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.django_content_type (id, app_label, model) FROM stdin;
1	pghistory	events
2	pghistory	middlewareevents
3	admin	logentry
4	auth	permission
5	auth	group
6	contenttypes	contenttype
7	sessions	session
8	pghistory	context
9	account	emailaddress
10	account	emailconfirmation
11	socialaccount	socialaccount
12	socialaccount	socialapp
13	socialaccount	socialtoken
14	mfa	authenticator
15	axes	accessattempt
16	axes	accesslog
17	axes	accessfailurelog
18	axes	accessattemptexpiration
19	django_celery_beat	crontabschedule
20	django_celery_beat	intervalschedule
21	django_celery_beat	periodictask
22	django_celery_beat	periodictasks
23	django_celery_beat	solarschedule
24	django_celery_beat	clockedschedule
25	qms	organisationunitevent
26	qms	outgoingemail
27	qms	userevent
28	qms	user
29	qms	membership
30	qms	organisationunit
31	qms	membershipevent
32	qms	notification
33	qms	invitation
34	qms	formsubmission
35	qms	publicprofile
36	qms	publicprofileevent
37	qms	notificationpreference
38	qms	notificationdigest
39	identity	linkedidentity
40	identity	rolemapping
41	identity	grantedmembership
42	identity	rolemappingevent
43	identity	seentoken
44	identity	linkedidentityevent
45	provisioning	scimclient
46	provisioning	scimclientevent
47	provisioning	scimgroup
48	provisioning	scimgroupmember
49	provisioning	scimuser
50	deviations	action
51	deviations	actionevent
52	deviations	attachment
53	deviations	casecounter
54	deviations	category
55	deviations	categoryevent
56	deviations	comment
57	deviations	deviation
58	deviations	confidentialread
59	deviations	commentevent
60	deviations	attachmentevent
61	deviations	export
62	deviations	exportevent
63	deviations	requirement
64	deviations	deviationevent
65	deviations	requirementevent
66	deviations	accessibilitystatement
67	deviations	accessibilitystatementevent
68	deviations	feedback
69	deviations	feedbackevent
70	deviations	feedbackpolicy
71	deviations	feedbackpolicyevent
72	deviations	legaltrack
73	deviations	legaltrackevent
74	deviations	legaltrackrule
75	deviations	legaltrackruleevent
76	deviations	publicactivity
77	deviations	publicactivityevent
78	deviations	submissionattempt
79	deviations	suggestion
80	deviations	suggestionevent
81	deviations	supplier
82	deviations	supplierevent
83	deviations	categorysensitivitydecision
84	deviations	deviationtally
85	deviations	savedfilter
86	certifications	eventtemplate
87	certifications	standardevent
88	certifications	calendarfeed
89	certifications	certificate
90	certifications	cycle
91	certifications	cycleevent
92	certifications	cyclehistoryevent
93	certifications	cycleeventevent
94	certifications	evidenceitem
95	certifications	evidenceitemevent
96	certifications	sentreminder
97	certifications	standard
98	certifications	evidencetemplate
99	certifications	certificateevent
100	audits	criterionevent
101	audits	evidence
102	audits	evidenceevent
103	audits	finding
104	audits	findingevent
105	audits	programme
106	audits	programmeevent
107	audits	question
108	audits	questionevent
109	audits	teammember
110	audits	teammemberevent
111	audits	answer
112	audits	audit
113	audits	answerevent
114	audits	auditevent
115	audits	criterion
116	imports	importjob
117	imports	importedmanagerrole
118	imports	importproblem
119	imports	legacyrecord
120	imports	columnmapping
121	reviews	indicator
122	reviews	decision
123	reviews	indicatorvalue
124	reviews	indicatorvalueevent
125	reviews	objective
126	reviews	indicatorevent
127	reviews	objectiveevent
128	reviews	participant
129	reviews	review
130	reviews	participantevent
131	reviews	decisionevent
132	reviews	reviewevent
133	reviews	reviewitem
134	reviews	reviewitemevent
135	reviews	qualityreport
136	reviews	qualityreportevent
137	reviews	patientsafetyreport
138	reviews	patientsafetyreportevent
139	reviews	patientsafetyreminder
140	records	fileremoval
141	records	archivepackage
142	records	archivepackageevent
143	records	deliveredrecord
144	records	fullexport
145	records	legalhold
146	records	legalholdevent
147	records	proposal
148	records	proposalevent
149	records	proposalrule
150	records	proposalitem
151	records	registerextract
152	records	registerextractevent
153	records	retentionrule
154	records	retentionruleevent
155	records	accesslog
156	api	ratecount
157	api	accesstoken
158	api	accesstokenevent
159	api	serviceaccount
160	api	serviceaccountevent
161	api	webhookdelivery
162	api	webhookevent
163	api	webhookattempt
164	api	webhooksubscription
165	api	webhooksubscriptionevent
\.


--
-- Data for Name: django_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.django_migrations (id, app, name, applied) FROM stdin;
1	pghistory	0001_initial	2026-12-07 11:56:13.528168+00
2	pghistory	0002_aggregateevent	2026-12-07 11:56:13.530659+00
3	pghistory	0003_auto_20201023_1636	2026-12-07 11:56:13.53204+00
4	pghistory	0004_auto_20220906_1625	2026-12-07 11:56:13.53497+00
5	pghistory	0005_events_middlewareevents	2026-12-07 11:56:13.536392+00
6	pghistory	0006_delete_aggregateevent	2026-12-07 11:56:13.537199+00
7	pghistory	0007_auto_20250421_0444	2026-12-07 11:56:13.539118+00
8	contenttypes	0001_initial	2026-12-07 11:56:13.547415+00
9	contenttypes	0002_remove_content_type_name	2026-12-07 11:56:13.551723+00
10	auth	0001_initial	2026-12-07 11:56:13.731343+00
11	auth	0002_alter_permission_name_max_length	2026-12-07 11:56:13.735584+00
12	auth	0003_alter_user_email_max_length	2026-12-07 11:56:13.739531+00
13	auth	0004_alter_user_username_opts	2026-12-07 11:56:13.743331+00
14	auth	0005_alter_user_last_login_null	2026-12-07 11:56:13.746422+00
15	auth	0006_require_contenttypes_0002	2026-12-07 11:56:13.747196+00
16	auth	0007_alter_validators_add_error_messages	2026-12-07 11:56:13.749707+00
17	auth	0008_alter_user_username_max_length	2026-12-07 11:56:13.752476+00
18	auth	0009_alter_user_last_name_max_length	2026-12-07 11:56:13.755334+00
19	auth	0010_alter_group_name_max_length	2026-12-07 11:56:13.758926+00
20	auth	0011_update_proxy_permissions	2026-12-07 11:56:13.768605+00
21	auth	0012_alter_user_first_name_max_length	2026-12-07 11:56:13.773773+00
22	qms	0001_initial	2026-12-07 11:56:13.983741+00
23	account	0001_initial	2026-12-07 11:56:14.023363+00
24	account	0002_email_max_length	2026-12-07 11:56:14.031767+00
25	account	0003_alter_emailaddress_create_unique_verified_email	2026-12-07 11:56:14.046495+00
26	account	0004_alter_emailaddress_drop_unique_email	2026-12-07 11:56:14.058276+00
27	account	0005_emailaddress_idx_upper_email	2026-12-07 11:56:14.070533+00
28	account	0006_emailaddress_lower	2026-12-07 11:56:14.081139+00
29	account	0007_emailaddress_idx_email	2026-12-07 11:56:14.097073+00
30	account	0008_emailaddress_unique_primary_email_fixup	2026-12-07 11:56:14.110525+00
31	account	0009_emailaddress_unique_primary_email	2026-12-07 11:56:14.119327+00
32	admin	0001_initial	2026-12-07 11:56:14.139881+00
33	admin	0002_logentry_remove_auto_add	2026-12-07 11:56:14.147199+00
34	admin	0003_logentry_add_action_flag_choices	2026-12-07 11:56:14.1531+00
35	qms	0002_notifications	2026-12-07 11:56:14.251168+00
36	qms	0003_membership_sensitive_access	2026-12-07 11:56:14.313766+00
37	qms	0004_legal_officer_roles	2026-12-07 11:56:14.326854+00
38	qms	0005_invitations	2026-12-07 11:56:14.349561+00
39	qms	0006_form_submission	2026-12-07 11:56:14.375808+00
40	qms	0007_user_employee_number	2026-12-07 11:56:14.444773+00
41	qms	0008_outbox_forgets_delivered_content	2026-12-07 11:56:14.473403+00
42	qms	0009_outgoing_email_claim	2026-12-07 11:56:14.485522+00
43	qms	0010_public_profile	2026-12-07 11:56:14.528274+00
44	qms	0011_archivist_role	2026-12-07 11:56:14.54447+00
45	api	0001_initial	2026-12-07 11:56:14.555209+00
46	api	0002_accesstoken_accesstokenevent_serviceaccount_and_more	2026-12-07 11:56:14.915265+00
47	api	0003_webhookdelivery_webhookevent_webhookattempt_and_more	2026-12-07 11:56:15.054835+00
48	api	0004_webhook_event_key	2026-12-07 11:56:15.101203+00
49	qms	0012_notification_digests	2026-12-07 11:56:15.225305+00
50	qms	0013_trigram_extension	2026-12-07 11:56:15.230844+00
51	deviations	0001_initial	2026-12-07 11:56:17.427354+00
52	deviations	0002_list_indexes	2026-12-07 11:56:17.452545+00
53	audits	0001_initial	2026-12-07 11:56:21.71938+00
54	audits	0002_question_bank	2026-12-07 11:56:21.778864+00
55	audits	0003_search_trigram_indexes	2026-12-07 11:56:21.846931+00
56	axes	0001_initial	2026-12-07 11:56:21.864146+00
57	axes	0002_auto_20151217_2044	2026-12-07 11:56:21.903191+00
58	axes	0003_auto_20160322_0929	2026-12-07 11:56:21.916539+00
59	axes	0004_auto_20181024_1538	2026-12-07 11:56:21.928662+00
60	axes	0005_remove_accessattempt_trusted	2026-12-07 11:56:21.931955+00
61	axes	0006_remove_accesslog_trusted	2026-12-07 11:56:21.934625+00
62	axes	0007_alter_accessattempt_unique_together	2026-12-07 11:56:21.976637+00
63	axes	0008_accessfailurelog	2026-12-07 11:56:21.993948+00
64	axes	0009_add_session_hash	2026-12-07 11:56:21.998441+00
65	axes	0010_accessattemptexpiration	2026-12-07 11:56:22.006259+00
66	qms	0014_user_language	2026-12-07 11:56:22.284695+00
67	certifications	0001_initial	2026-12-07 11:56:23.861222+00
68	certifications	0002_standards_catalogue	2026-12-07 11:56:23.924405+00
69	certifications	0003_certificate_page_indexes	2026-12-07 11:56:24.252462+00
70	certifications	0004_cycle_event_reminding	2026-12-07 11:56:24.35825+00
71	qms	0015_user_active_name_idx	2026-12-07 11:56:24.39089+00
72	qms	0016_user_iexact_indexes	2026-12-07 11:56:24.454347+00
73	qms	0017_orgunit_depth_path_idx	2026-12-07 11:56:24.47182+00
74	deviations	0003_feedback_suggestions_legal_tracks	2026-12-07 11:56:30.008935+00
75	deviations	0004_suppliers	2026-12-07 11:56:31.119882+00
76	deviations	0005_category_sensitivity_decisions	2026-12-07 11:56:31.19522+00
77	deviations	0006_previous_number	2026-12-07 11:56:32.41258+00
78	deviations	0007_tallies	2026-12-07 11:56:32.546382+00
79	deviations	0008_saved_filters	2026-12-07 11:56:32.614583+00
80	deviations	0009_covering_indexes	2026-12-07 11:56:33.121656+00
81	deviations	0010_effect_check	2026-12-07 11:56:33.923508+00
82	deviations	0011_search_trigram_indexes	2026-12-07 11:56:34.322656+00
83	deviations	0012_category_is_health_care	2026-12-07 11:56:34.397845+00
84	deviations	0013_effect_check_result_db_default	2026-12-07 11:56:34.48778+00
85	deviations	0014_tally_own_month_index	2026-12-07 11:56:34.512442+00
86	deviations	0015_action_owner_created_idx	2026-12-07 11:56:34.561445+00
87	deviations	0016_fk_indexes_in_composites	2026-12-07 11:56:35.282293+00
88	django_celery_beat	0001_initial	2026-12-07 11:56:35.31739+00
89	django_celery_beat	0002_auto_20161118_0346	2026-12-07 11:56:35.331541+00
90	django_celery_beat	0003_auto_20161209_0049	2026-12-07 11:56:35.341588+00
91	django_celery_beat	0004_auto_20170221_0000	2026-12-07 11:56:35.346049+00
92	django_celery_beat	0005_add_solarschedule_events_choices	2026-12-07 11:56:35.349776+00
93	django_celery_beat	0006_auto_20180322_0932	2026-12-07 11:56:35.383413+00
94	django_celery_beat	0007_auto_20180521_0826	2026-12-07 11:56:35.398214+00
95	django_celery_beat	0008_auto_20180914_1922	2026-12-07 11:56:35.425407+00
96	django_celery_beat	0006_auto_20180210_1226	2026-12-07 11:56:35.443948+00
97	django_celery_beat	0006_periodictask_priority	2026-12-07 11:56:35.452717+00
98	django_celery_beat	0009_periodictask_headers	2026-12-07 11:56:35.461011+00
99	django_celery_beat	0010_auto_20190429_0326	2026-12-07 11:56:35.626275+00
100	django_celery_beat	0011_auto_20190508_0153	2026-12-07 11:56:35.648477+00
101	django_celery_beat	0012_periodictask_expire_seconds	2026-12-07 11:56:35.65749+00
102	django_celery_beat	0013_auto_20200609_0727	2026-12-07 11:56:35.666618+00
103	django_celery_beat	0014_remove_clockedschedule_enabled	2026-12-07 11:56:35.672334+00
104	django_celery_beat	0015_edit_solarschedule_events_choices	2026-12-07 11:56:35.676724+00
105	django_celery_beat	0016_alter_crontabschedule_timezone	2026-12-07 11:56:35.684616+00
106	django_celery_beat	0017_alter_crontabschedule_month_of_year	2026-12-07 11:56:35.691196+00
107	django_celery_beat	0018_improve_crontab_helptext	2026-12-07 11:56:35.698245+00
108	django_celery_beat	0019_alter_periodictasks_options	2026-12-07 11:56:35.702228+00
109	socialaccount	0001_initial	2026-12-07 11:56:36.309472+00
110	socialaccount	0002_token_max_lengths	2026-12-07 11:56:36.364346+00
111	socialaccount	0003_extra_data_default_dict	2026-12-07 11:56:36.401993+00
112	socialaccount	0004_app_provider_id_settings	2026-12-07 11:56:36.451206+00
113	socialaccount	0005_socialtoken_nullable_app	2026-12-07 11:56:36.510438+00
114	socialaccount	0006_alter_socialaccount_extra_data	2026-12-07 11:56:36.55992+00
115	identity	0001_initial	2026-12-07 11:56:37.580302+00
116	identity	0002_archivist_role	2026-12-07 11:56:37.670942+00
117	imports	0001_initial	2026-12-07 11:56:38.334989+00
118	mfa	0001_initial	2026-12-07 11:56:38.605485+00
119	mfa	0002_authenticator_timestamps	2026-12-07 11:56:38.68694+00
120	mfa	0003_authenticator_type_uniq	2026-12-07 11:56:38.805232+00
121	provisioning	0001_initial	2026-12-07 11:56:40.012814+00
122	records	0001_initial	2026-12-07 11:56:44.4069+00
123	reviews	0001_initial	2026-12-07 11:56:48.380523+00
124	reviews	0002_quality_report	2026-12-07 11:56:49.573111+00
125	reviews	0003_indicator_is_survey	2026-12-07 11:56:49.668505+00
126	reviews	0004_quality_report_revisions	2026-12-07 11:56:51.114828+00
127	reviews	0005_summary_messages	2026-12-07 11:56:53.580846+00
128	reviews	0006_patient_safety_report	2026-12-07 11:56:55.066395+00
129	reviews	0007_patient_safety_reminders	2026-12-07 11:56:55.158783+00
130	sessions	0001_initial	2026-12-07 11:56:55.16692+00
\.


--
-- Data for Name: django_session; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.django_session (session_key, session_data, expire_date) FROM stdin;
\.


--
-- Data for Name: identity_grantedmembership; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.identity_grantedmembership (membership_id, claim, source, granted_at, mapping_id) FROM stdin;
\.


--
-- Data for Name: identity_linkedidentityevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.identity_linkedidentityevent (pgh_id, pgh_created_at, pgh_label, id, provider, uid, date_joined, pgh_context_id, user_id, pgh_obj_id) FROM stdin;
\.


--
-- Data for Name: identity_rolemapping; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.identity_rolemapping (id, claim, value, description, role, sensitive_access, created_at, created_by_id, unit_id) FROM stdin;
\.


--
-- Data for Name: identity_rolemappingevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.identity_rolemappingevent (pgh_id, pgh_created_at, pgh_label, id, claim, value, description, role, sensitive_access, created_at, created_by_id, pgh_context_id, pgh_obj_id, unit_id) FROM stdin;
\.


--
-- Data for Name: identity_seentoken; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.identity_seentoken (id, issuer, token_id, expires_at) FROM stdin;
\.


--
-- Data for Name: imports_columnmapping; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.imports_columnmapping (id, kind, header_hash, header, mapping, source, updated_at, updated_by_id) FROM stdin;
\.


--
-- Data for Name: imports_importedmanagerrole; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.imports_importedmanagerrole (id, membership_id, job_id) FROM stdin;
\.


--
-- Data for Name: imports_importjob; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.imports_importjob (id, kind, status, file, original_name, content_type, size, file_sha256, encoding, header, header_hash, mapping, source, rows_total, rows_done, summary, result, error, created_at, checked_at, applied_at, created_by_id, place_under_id) FROM stdin;
\.


--
-- Data for Name: imports_importproblem; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.imports_importproblem (id, "row", "column", message, is_warning, job_id) FROM stdin;
\.


--
-- Data for Name: imports_legacyrecord; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.imports_legacyrecord (id, kind, source, external_id, action_id, deviation_id, job_id) FROM stdin;
\.


--
-- Data for Name: mfa_authenticator; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.mfa_authenticator (id, type, data, user_id, created_at, last_used_at) FROM stdin;
\.


--
-- Data for Name: pghistory_context; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.pghistory_context (id, created_at, updated_at, metadata) FROM stdin;
\.


--
-- Data for Name: provisioning_scimclient; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.provisioning_scimclient (id, name, token_hash, token_hint, created_at, rotated_at, revoked_at, last_used_at, created_by_id) FROM stdin;
\.


--
-- Data for Name: provisioning_scimclientevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.provisioning_scimclientevent (pgh_id, pgh_created_at, pgh_label, id, name, token_hint, created_at, rotated_at, revoked_at, created_by_id, pgh_context_id, pgh_obj_id) FROM stdin;
\.


--
-- Data for Name: provisioning_scimgroup; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.provisioning_scimgroup (id, display_name, external_id, created_at, updated_at, client_id) FROM stdin;
\.


--
-- Data for Name: provisioning_scimgroupmember; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.provisioning_scimgroupmember (id, group_id, user_id) FROM stdin;
\.


--
-- Data for Name: provisioning_scimuser; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.provisioning_scimuser (user_id, user_name, external_id, created_at, updated_at, client_id) FROM stdin;
\.


--
-- Data for Name: qms_formsubmission; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.qms_formsubmission (id, key, result_url, created_at, user_id) FROM stdin;
\.


--
-- Data for Name: qms_invitation; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.qms_invitation (id, token_hash, created_at, expires_at, used_at, created_by_id, user_id) FROM stdin;
\.


--
-- Data for Name: qms_membership; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.qms_membership (id, role, created_at, user_id, unit_id, sensitive_access) FROM stdin;
\.


--
-- Data for Name: qms_membershipevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.qms_membershipevent (pgh_id, pgh_created_at, pgh_label, id, role, created_at, pgh_context_id, pgh_obj_id, user_id, unit_id, sensitive_access) FROM stdin;
\.


--
-- Data for Name: qms_notification; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.qms_notification (id, event_key, subject, body, url, created_at, read_at, email_id, recipient_id, delivery, digest_id) FROM stdin;
\.


--
-- Data for Name: qms_notificationdigest; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.qms_notificationdigest (id, period, period_start, notices, created_at, email_id, recipient_id) FROM stdin;
\.


--
-- Data for Name: qms_notificationpreference; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.qms_notificationpreference (id, kind, delivery, user_id) FROM stdin;
\.


--
-- Data for Name: qms_organisationunit; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.qms_organisationunit (id, path, depth, numchild, name, kind, code, is_active) FROM stdin;
\.


--
-- Data for Name: qms_organisationunitevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.qms_organisationunitevent (pgh_id, pgh_created_at, pgh_label, id, path, depth, name, kind, code, is_active, pgh_context_id, pgh_obj_id) FROM stdin;
\.


--
-- Data for Name: qms_outgoingemail; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.qms_outgoingemail (id, message, recipients, subject, status, attempts, last_error, created_at, sent_at, content_removed_at, event, external_recipients, recipient_users, attempt_id, claimed_at) FROM stdin;
\.


--
-- Data for Name: qms_publicprofile; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.qms_publicprofile (id, organisation_name, logo, logo_content_type, updated_at) FROM stdin;
\.


--
-- Data for Name: qms_publicprofileevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.qms_publicprofileevent (pgh_id, pgh_created_at, pgh_label, id, organisation_name, logo, updated_at, pgh_context_id, pgh_obj_id) FROM stdin;
\.


--
-- Data for Name: qms_user; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.qms_user (id, password, last_login, is_superuser, username, first_name, last_name, is_staff, is_active, date_joined, email, title, notify_by_email, employee_number, language) FROM stdin;
\.


--
-- Data for Name: qms_user_groups; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.qms_user_groups (id, user_id, group_id) FROM stdin;
\.


--
-- Data for Name: qms_user_user_permissions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.qms_user_user_permissions (id, user_id, permission_id) FROM stdin;
\.


--
-- Data for Name: qms_userevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.qms_userevent (pgh_id, pgh_created_at, pgh_label, id, is_superuser, username, first_name, last_name, is_staff, is_active, date_joined, email, title, pgh_context_id, pgh_obj_id, notify_by_email, employee_number) FROM stdin;
\.


--
-- Data for Name: records_accesslog; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.records_accesslog (id, what, object_id, at, user_id) FROM stdin;
\.


--
-- Data for Name: records_archivepackage; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.records_archivepackage (id, status, done, total, error, created_at, finished_at, record_type, period_start, period_end, file, sha256, size, record_ids, delivered_at, delivery_receipt, delivered_by_id, organisation_id, requested_by_id) FROM stdin;
\.


--
-- Data for Name: records_archivepackageevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.records_archivepackageevent (pgh_id, pgh_created_at, pgh_label, id, status, error, created_at, finished_at, record_type, period_start, period_end, sha256, size, record_ids, delivered_at, delivery_receipt, delivered_by_id, organisation_id, pgh_context_id, pgh_obj_id, requested_by_id) FROM stdin;
\.


--
-- Data for Name: records_deliveredrecord; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.records_deliveredrecord (id, object_id, delivered_at, content_type_id, package_id) FROM stdin;
\.


--
-- Data for Name: records_fileremoval; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.records_fileremoval (id, name, created_at) FROM stdin;
\.


--
-- Data for Name: records_fullexport; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.records_fullexport (id, status, done, total, error, created_at, finished_at, file, requested_by_id) FROM stdin;
\.


--
-- Data for Name: records_legalhold; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.records_legalhold (id, object_id, record_type, identifier, reason_kind, reason, review_date, placed_at, lifted_at, lift_reason, content_type_id, lifted_by_id, placed_by_id, unit_id) FROM stdin;
\.


--
-- Data for Name: records_legalholdevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.records_legalholdevent (pgh_id, pgh_created_at, pgh_label, id, object_id, record_type, identifier, reason_kind, reason, review_date, placed_at, lifted_at, lift_reason, content_type_id, lifted_by_id, pgh_context_id, pgh_obj_id, placed_by_id, unit_id) FROM stdin;
\.


--
-- Data for Name: records_proposal; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.records_proposal (id, as_of, status, created_at, approved_at, rejected_reason, started_at, finished_at, progress_done, protocol_pdf, protocol_csv, approved_by_id, created_by_id, organisation_id) FROM stdin;
\.


--
-- Data for Name: records_proposalevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.records_proposalevent (pgh_id, pgh_created_at, pgh_label, id, as_of, status, created_at, approved_at, rejected_reason, started_at, finished_at, approved_by_id, created_by_id, organisation_id, pgh_context_id, pgh_obj_id) FROM stdin;
\.


--
-- Data for Name: records_proposalitem; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.records_proposalitem (id, record_type, object_id, identifier, due_at, count, removed, status, done_at, batch, proposal_id, rule_id) FROM stdin;
\.


--
-- Data for Name: records_proposalrule; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.records_proposalrule (id, record_type, summary, decision, cutoff, event, proposal_id, rule_id) FROM stdin;
\.


--
-- Data for Name: records_registerextract; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.records_registerextract (id, status, done, total, error, created_at, finished_at, subject_email, subject_name, reference, summary, pdf, data_json, data_csv, requested_by_id, scope_id, subject_user_id) FROM stdin;
\.


--
-- Data for Name: records_registerextractevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.records_registerextractevent (pgh_id, pgh_created_at, pgh_label, id, status, error, created_at, finished_at, subject_email, subject_name, reference, pgh_context_id, pgh_obj_id, requested_by_id, scope_id, subject_user_id) FROM stdin;
\.


--
-- Data for Name: records_retentionrule; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.records_retentionrule (id, record_type, action, period, period_unit, event, decision_body, decision_date, decision_reference, guidance_number, note, confirmed_short, created_at, updated_at, created_by_id, organisation_id) FROM stdin;
\.


--
-- Data for Name: records_retentionruleevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.records_retentionruleevent (pgh_id, pgh_created_at, pgh_label, id, record_type, action, period, period_unit, event, decision_body, decision_date, decision_reference, guidance_number, note, confirmed_short, created_at, updated_at, created_by_id, organisation_id, pgh_context_id, pgh_obj_id) FROM stdin;
\.


--
-- Data for Name: reviews_decision; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.reviews_decision (id, kind, text, created_at, copied_from_id, review_id) FROM stdin;
\.


--
-- Data for Name: reviews_decisionevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.reviews_decisionevent (pgh_id, pgh_created_at, pgh_label, id, kind, text, created_at, copied_from_id, pgh_context_id, pgh_obj_id, review_id) FROM stdin;
\.


--
-- Data for Name: reviews_indicator; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.reviews_indicator (id, name, unit_of_measure, target, direction, period, source, objective_id, is_survey) FROM stdin;
\.


--
-- Data for Name: reviews_indicatorevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.reviews_indicatorevent (pgh_id, pgh_created_at, pgh_label, id, name, unit_of_measure, target, direction, period, source, pgh_context_id, pgh_obj_id, objective_id, is_survey) FROM stdin;
\.


--
-- Data for Name: reviews_indicatorvalue; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.reviews_indicatorvalue (id, period_start, value, is_computed, updated_at, entered_by_id, indicator_id) FROM stdin;
\.


--
-- Data for Name: reviews_indicatorvalueevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.reviews_indicatorvalueevent (pgh_id, pgh_created_at, pgh_label, id, period_start, value, is_computed, updated_at, entered_by_id, indicator_id, pgh_context_id, pgh_obj_id) FROM stdin;
\.


--
-- Data for Name: reviews_objective; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.reviews_objective (id, title, description, is_active, created_at, unit_id) FROM stdin;
\.


--
-- Data for Name: reviews_objectiveevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.reviews_objectiveevent (pgh_id, pgh_created_at, pgh_label, id, title, description, is_active, created_at, pgh_context_id, pgh_obj_id, unit_id) FROM stdin;
\.


--
-- Data for Name: reviews_participant; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.reviews_participant (id, is_present, user_id, review_id) FROM stdin;
\.


--
-- Data for Name: reviews_participantevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.reviews_participantevent (pgh_id, pgh_created_at, pgh_label, id, is_present, pgh_context_id, pgh_obj_id, user_id, review_id) FROM stdin;
\.


--
-- Data for Name: reviews_patientsafetyreminder; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.reviews_patientsafetyreminder (id, year, step, due_date, late, sent_at, unit_id) FROM stdin;
\.


--
-- Data for Name: reviews_patientsafetyreport; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.reviews_patientsafetyreport (id, messages, decisions_asked, year, status, snapshot, revision_reason, created_at, published_at, goals, responsibility, follow_up, cooperation, risk_analysis, self_monitoring, deviations_text, complaints, analysis, results, next_year, pdf, created_by_id, published_by_id, revision_of_id, unit_id) FROM stdin;
\.


--
-- Data for Name: reviews_patientsafetyreportevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.reviews_patientsafetyreportevent (pgh_id, pgh_created_at, pgh_label, id, messages, decisions_asked, year, status, revision_reason, created_at, published_at, goals, responsibility, follow_up, cooperation, risk_analysis, self_monitoring, deviations_text, complaints, analysis, results, next_year, created_by_id, pgh_context_id, pgh_obj_id, published_by_id, revision_of_id, unit_id) FROM stdin;
\.


--
-- Data for Name: reviews_qualityreport; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.reviews_qualityreport (id, year, work_done, actions_taken, results, status, snapshot, pdf, created_at, published_at, created_by_id, published_by_id, unit_id, revision_of_id, revision_reason, decisions_asked, messages) FROM stdin;
\.


--
-- Data for Name: reviews_qualityreportevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.reviews_qualityreportevent (pgh_id, pgh_created_at, pgh_label, id, year, work_done, actions_taken, results, status, created_at, published_at, created_by_id, pgh_context_id, pgh_obj_id, published_by_id, unit_id, revision_of_id, revision_reason, decisions_asked, messages) FROM stdin;
\.


--
-- Data for Name: reviews_review; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.reviews_review (id, title, period_start, period_end, held_on, status, snapshot, pdf, pdf_status, pdf_progress, revision_reason, created_at, approved_at, approved_by_id, chair_id, created_by_id, revision_of_id, unit_id, decisions_asked, messages) FROM stdin;
\.


--
-- Data for Name: reviews_reviewevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.reviews_reviewevent (pgh_id, pgh_created_at, pgh_label, id, title, period_start, period_end, held_on, status, pdf_status, revision_reason, created_at, approved_at, approved_by_id, chair_id, created_by_id, pgh_context_id, pgh_obj_id, revision_of_id, unit_id, decisions_asked, messages) FROM stdin;
\.


--
-- Data for Name: reviews_reviewitem; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.reviews_reviewitem (id, code, assessment, review_id) FROM stdin;
\.


--
-- Data for Name: reviews_reviewitemevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.reviews_reviewitemevent (pgh_id, pgh_created_at, pgh_label, id, code, assessment, pgh_context_id, pgh_obj_id, review_id) FROM stdin;
\.


--
-- Data for Name: socialaccount_socialaccount; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.socialaccount_socialaccount (id, provider, uid, last_login, date_joined, extra_data, user_id) FROM stdin;
\.


--
-- Data for Name: socialaccount_socialapp; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.socialaccount_socialapp (id, provider, name, client_id, secret, key, provider_id, settings) FROM stdin;
\.


--
-- Data for Name: socialaccount_socialtoken; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.socialaccount_socialtoken (id, token, token_secret, expires_at, account_id, app_id) FROM stdin;
\.


--
-- Name: account_emailaddress_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.account_emailaddress_id_seq', 1, false);


--
-- Name: account_emailconfirmation_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.account_emailconfirmation_id_seq', 1, false);


--
-- Name: api_accesstoken_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.api_accesstoken_id_seq', 1, false);


--
-- Name: api_accesstokenevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.api_accesstokenevent_pgh_id_seq', 1, false);


--
-- Name: api_ratecount_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.api_ratecount_id_seq', 1, false);


--
-- Name: api_serviceaccountevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.api_serviceaccountevent_pgh_id_seq', 1, false);


--
-- Name: api_webhookattempt_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.api_webhookattempt_id_seq', 1, false);


--
-- Name: api_webhookdelivery_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.api_webhookdelivery_id_seq', 1, false);


--
-- Name: api_webhooksubscription_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.api_webhooksubscription_id_seq', 1, false);


--
-- Name: api_webhooksubscriptionevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.api_webhooksubscriptionevent_pgh_id_seq', 1, false);


--
-- Name: audits_answer_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.audits_answer_id_seq', 1, false);


--
-- Name: audits_answerevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.audits_answerevent_pgh_id_seq', 1, false);


--
-- Name: audits_audit_criteria_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.audits_audit_criteria_id_seq', 1, false);


--
-- Name: audits_audit_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.audits_audit_id_seq', 1, false);


--
-- Name: audits_auditevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.audits_auditevent_pgh_id_seq', 1, false);


--
-- Name: audits_criterion_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.audits_criterion_id_seq', 13, true);


--
-- Name: audits_criterionevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.audits_criterionevent_pgh_id_seq', 13, true);


--
-- Name: audits_evidence_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.audits_evidence_id_seq', 1, false);


--
-- Name: audits_evidenceevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.audits_evidenceevent_pgh_id_seq', 1, false);


--
-- Name: audits_finding_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.audits_finding_id_seq', 1, false);


--
-- Name: audits_findingevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.audits_findingevent_pgh_id_seq', 1, false);


--
-- Name: audits_programme_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.audits_programme_id_seq', 1, false);


--
-- Name: audits_programmeevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.audits_programmeevent_pgh_id_seq', 1, false);


--
-- Name: audits_question_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.audits_question_id_seq', 31, true);


--
-- Name: audits_questionevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.audits_questionevent_pgh_id_seq', 31, true);


--
-- Name: audits_teammember_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.audits_teammember_id_seq', 1, false);


--
-- Name: audits_teammemberevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.audits_teammemberevent_pgh_id_seq', 1, false);


--
-- Name: auth_group_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.auth_group_id_seq', 1, false);


--
-- Name: auth_group_permissions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.auth_group_permissions_id_seq', 1, false);


--
-- Name: auth_permission_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.auth_permission_id_seq', 660, true);


--
-- Name: axes_accessattempt_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.axes_accessattempt_id_seq', 1, false);


--
-- Name: axes_accessfailurelog_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.axes_accessfailurelog_id_seq', 1, false);


--
-- Name: axes_accesslog_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.axes_accesslog_id_seq', 1, false);


--
-- Name: certifications_calendarfeed_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.certifications_calendarfeed_id_seq', 1, false);


--
-- Name: certifications_certificate_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.certifications_certificate_id_seq', 1, false);


--
-- Name: certifications_certificate_units_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.certifications_certificate_units_id_seq', 1, false);


--
-- Name: certifications_certificateevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.certifications_certificateevent_pgh_id_seq', 1, false);


--
-- Name: certifications_cycle_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.certifications_cycle_id_seq', 1, false);


--
-- Name: certifications_cycleevent_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.certifications_cycleevent_id_seq', 1, false);


--
-- Name: certifications_cycleeventevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.certifications_cycleeventevent_pgh_id_seq', 1, false);


--
-- Name: certifications_cyclehistoryevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.certifications_cyclehistoryevent_pgh_id_seq', 1, false);


--
-- Name: certifications_eventtemplate_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.certifications_eventtemplate_id_seq', 26, true);


--
-- Name: certifications_evidenceitem_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.certifications_evidenceitem_id_seq', 1, false);


--
-- Name: certifications_evidenceitemevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.certifications_evidenceitemevent_pgh_id_seq', 1, false);


--
-- Name: certifications_evidencetemplate_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.certifications_evidencetemplate_id_seq', 38, true);


--
-- Name: certifications_sentreminder_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.certifications_sentreminder_id_seq', 1, false);


--
-- Name: certifications_standard_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.certifications_standard_id_seq', 6, true);


--
-- Name: certifications_standardevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.certifications_standardevent_pgh_id_seq', 6, true);


--
-- Name: deviations_accessibilitystatement_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.deviations_accessibilitystatement_id_seq', 1, false);


--
-- Name: deviations_accessibilitystatementevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.deviations_accessibilitystatementevent_pgh_id_seq', 1, false);


--
-- Name: deviations_action_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.deviations_action_id_seq', 1, false);


--
-- Name: deviations_actionevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.deviations_actionevent_pgh_id_seq', 1, false);


--
-- Name: deviations_attachment_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.deviations_attachment_id_seq', 1, false);


--
-- Name: deviations_attachmentevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.deviations_attachmentevent_pgh_id_seq', 1, false);


--
-- Name: deviations_casecounter_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.deviations_casecounter_id_seq', 1, false);


--
-- Name: deviations_category_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.deviations_category_id_seq', 1, false);


--
-- Name: deviations_categoryevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.deviations_categoryevent_pgh_id_seq', 1, false);


--
-- Name: deviations_categorysensitivitydecision_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.deviations_categorysensitivitydecision_id_seq', 1, false);


--
-- Name: deviations_comment_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.deviations_comment_id_seq', 1, false);


--
-- Name: deviations_commentevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.deviations_commentevent_pgh_id_seq', 1, false);


--
-- Name: deviations_confidentialread_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.deviations_confidentialread_id_seq', 1, false);


--
-- Name: deviations_deviation_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.deviations_deviation_id_seq', 1, false);


--
-- Name: deviations_deviationevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.deviations_deviationevent_pgh_id_seq', 1, false);


--
-- Name: deviations_deviationtally_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.deviations_deviationtally_id_seq', 1, false);


--
-- Name: deviations_export_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.deviations_export_id_seq', 1, false);


--
-- Name: deviations_exportevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.deviations_exportevent_pgh_id_seq', 1, false);


--
-- Name: deviations_feedback_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.deviations_feedback_id_seq', 1, false);


--
-- Name: deviations_feedbackevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.deviations_feedbackevent_pgh_id_seq', 1, false);


--
-- Name: deviations_feedbackpolicy_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.deviations_feedbackpolicy_id_seq', 1, false);


--
-- Name: deviations_feedbackpolicyevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.deviations_feedbackpolicyevent_pgh_id_seq', 1, false);


--
-- Name: deviations_legaltrack_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.deviations_legaltrack_id_seq', 1, false);


--
-- Name: deviations_legaltrackevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.deviations_legaltrackevent_pgh_id_seq', 1, false);


--
-- Name: deviations_legaltrackrule_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.deviations_legaltrackrule_id_seq', 4, true);


--
-- Name: deviations_legaltrackruleevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.deviations_legaltrackruleevent_pgh_id_seq', 4, true);


--
-- Name: deviations_publicactivity_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.deviations_publicactivity_id_seq', 1, false);


--
-- Name: deviations_publicactivityevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.deviations_publicactivityevent_pgh_id_seq', 1, false);


--
-- Name: deviations_requirement_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.deviations_requirement_id_seq', 1, false);


--
-- Name: deviations_requirementevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.deviations_requirementevent_pgh_id_seq', 1, false);


--
-- Name: deviations_savedfilter_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.deviations_savedfilter_id_seq', 1, false);


--
-- Name: deviations_submissionattempt_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.deviations_submissionattempt_id_seq', 1, false);


--
-- Name: deviations_suggestion_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.deviations_suggestion_id_seq', 1, false);


--
-- Name: deviations_suggestionevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.deviations_suggestionevent_pgh_id_seq', 1, false);


--
-- Name: deviations_supplier_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.deviations_supplier_id_seq', 1, false);


--
-- Name: deviations_supplierevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.deviations_supplierevent_pgh_id_seq', 1, false);


--
-- Name: django_admin_log_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.django_admin_log_id_seq', 1, false);


--
-- Name: django_celery_beat_clockedschedule_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.django_celery_beat_clockedschedule_id_seq', 1, false);


--
-- Name: django_celery_beat_crontabschedule_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.django_celery_beat_crontabschedule_id_seq', 1, false);


--
-- Name: django_celery_beat_intervalschedule_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.django_celery_beat_intervalschedule_id_seq', 1, false);


--
-- Name: django_celery_beat_periodictask_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.django_celery_beat_periodictask_id_seq', 1, false);


--
-- Name: django_celery_beat_solarschedule_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.django_celery_beat_solarschedule_id_seq', 1, false);


--
-- Name: django_content_type_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.django_content_type_id_seq', 165, true);


--
-- Name: django_migrations_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.django_migrations_id_seq', 130, true);


--
-- Name: identity_linkedidentityevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.identity_linkedidentityevent_pgh_id_seq', 1, false);


--
-- Name: identity_rolemapping_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.identity_rolemapping_id_seq', 1, false);


--
-- Name: identity_rolemappingevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.identity_rolemappingevent_pgh_id_seq', 1, false);


--
-- Name: identity_seentoken_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.identity_seentoken_id_seq', 1, false);


--
-- Name: imports_columnmapping_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.imports_columnmapping_id_seq', 1, false);


--
-- Name: imports_importedmanagerrole_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.imports_importedmanagerrole_id_seq', 1, false);


--
-- Name: imports_importjob_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.imports_importjob_id_seq', 1, false);


--
-- Name: imports_importproblem_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.imports_importproblem_id_seq', 1, false);


--
-- Name: imports_legacyrecord_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.imports_legacyrecord_id_seq', 1, false);


--
-- Name: mfa_authenticator_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.mfa_authenticator_id_seq', 1, false);


--
-- Name: provisioning_scimclient_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.provisioning_scimclient_id_seq', 1, false);


--
-- Name: provisioning_scimclientevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.provisioning_scimclientevent_pgh_id_seq', 1, false);


--
-- Name: provisioning_scimgroupmember_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.provisioning_scimgroupmember_id_seq', 1, false);


--
-- Name: qms_formsubmission_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.qms_formsubmission_id_seq', 1, false);


--
-- Name: qms_invitation_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.qms_invitation_id_seq', 1, false);


--
-- Name: qms_membership_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.qms_membership_id_seq', 1, false);


--
-- Name: qms_membershipevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.qms_membershipevent_pgh_id_seq', 1, false);


--
-- Name: qms_notification_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.qms_notification_id_seq', 1, false);


--
-- Name: qms_notificationdigest_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.qms_notificationdigest_id_seq', 1, false);


--
-- Name: qms_notificationpreference_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.qms_notificationpreference_id_seq', 1, false);


--
-- Name: qms_organisationunit_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.qms_organisationunit_id_seq', 1, false);


--
-- Name: qms_organisationunitevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.qms_organisationunitevent_pgh_id_seq', 1, false);


--
-- Name: qms_outgoingemail_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.qms_outgoingemail_id_seq', 1, false);


--
-- Name: qms_publicprofile_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.qms_publicprofile_id_seq', 1, false);


--
-- Name: qms_publicprofileevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.qms_publicprofileevent_pgh_id_seq', 1, false);


--
-- Name: qms_user_groups_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.qms_user_groups_id_seq', 1, false);


--
-- Name: qms_user_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.qms_user_id_seq', 1, false);


--
-- Name: qms_user_user_permissions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.qms_user_user_permissions_id_seq', 1, false);


--
-- Name: qms_userevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.qms_userevent_pgh_id_seq', 1, false);


--
-- Name: records_accesslog_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.records_accesslog_id_seq', 1, false);


--
-- Name: records_archivepackage_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.records_archivepackage_id_seq', 1, false);


--
-- Name: records_archivepackageevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.records_archivepackageevent_pgh_id_seq', 1, false);


--
-- Name: records_deliveredrecord_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.records_deliveredrecord_id_seq', 1, false);


--
-- Name: records_fileremoval_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.records_fileremoval_id_seq', 1, false);


--
-- Name: records_fullexport_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.records_fullexport_id_seq', 1, false);


--
-- Name: records_legalhold_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.records_legalhold_id_seq', 1, false);


--
-- Name: records_legalholdevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.records_legalholdevent_pgh_id_seq', 1, false);


--
-- Name: records_proposal_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.records_proposal_id_seq', 1, false);


--
-- Name: records_proposalevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.records_proposalevent_pgh_id_seq', 1, false);


--
-- Name: records_proposalitem_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.records_proposalitem_id_seq', 1, false);


--
-- Name: records_proposalrule_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.records_proposalrule_id_seq', 1, false);


--
-- Name: records_registerextract_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.records_registerextract_id_seq', 1, false);


--
-- Name: records_registerextractevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.records_registerextractevent_pgh_id_seq', 1, false);


--
-- Name: records_retentionrule_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.records_retentionrule_id_seq', 1, false);


--
-- Name: records_retentionruleevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.records_retentionruleevent_pgh_id_seq', 1, false);


--
-- Name: reviews_decision_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.reviews_decision_id_seq', 1, false);


--
-- Name: reviews_decisionevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.reviews_decisionevent_pgh_id_seq', 1, false);


--
-- Name: reviews_indicator_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.reviews_indicator_id_seq', 1, false);


--
-- Name: reviews_indicatorevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.reviews_indicatorevent_pgh_id_seq', 1, false);


--
-- Name: reviews_indicatorvalue_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.reviews_indicatorvalue_id_seq', 1, false);


--
-- Name: reviews_indicatorvalueevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.reviews_indicatorvalueevent_pgh_id_seq', 1, false);


--
-- Name: reviews_objective_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.reviews_objective_id_seq', 1, false);


--
-- Name: reviews_objectiveevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.reviews_objectiveevent_pgh_id_seq', 1, false);


--
-- Name: reviews_participant_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.reviews_participant_id_seq', 1, false);


--
-- Name: reviews_participantevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.reviews_participantevent_pgh_id_seq', 1, false);


--
-- Name: reviews_patientsafetyreminder_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.reviews_patientsafetyreminder_id_seq', 1, false);


--
-- Name: reviews_patientsafetyreport_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.reviews_patientsafetyreport_id_seq', 1, false);


--
-- Name: reviews_patientsafetyreportevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.reviews_patientsafetyreportevent_pgh_id_seq', 1, false);


--
-- Name: reviews_qualityreport_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.reviews_qualityreport_id_seq', 1, false);


--
-- Name: reviews_qualityreportevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.reviews_qualityreportevent_pgh_id_seq', 1, false);


--
-- Name: reviews_review_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.reviews_review_id_seq', 1, false);


--
-- Name: reviews_reviewevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.reviews_reviewevent_pgh_id_seq', 1, false);


--
-- Name: reviews_reviewitem_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.reviews_reviewitem_id_seq', 1, false);


--
-- Name: reviews_reviewitemevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.reviews_reviewitemevent_pgh_id_seq', 1, false);


--
-- Name: socialaccount_socialaccount_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.socialaccount_socialaccount_id_seq', 1, false);


--
-- Name: socialaccount_socialapp_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.socialaccount_socialapp_id_seq', 1, false);


--
-- Name: socialaccount_socialtoken_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.socialaccount_socialtoken_id_seq', 1, false);


--
-- Name: account_emailaddress account_emailaddress_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_emailaddress
    ADD CONSTRAINT account_emailaddress_pkey PRIMARY KEY (id);


--
-- Name: account_emailaddress account_emailaddress_user_id_email_987c8728_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_emailaddress
    ADD CONSTRAINT account_emailaddress_user_id_email_987c8728_uniq UNIQUE (user_id, email);


--
-- Name: account_emailconfirmation account_emailconfirmation_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_emailconfirmation
    ADD CONSTRAINT account_emailconfirmation_key_key UNIQUE (key);


--
-- Name: account_emailconfirmation account_emailconfirmation_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_emailconfirmation
    ADD CONSTRAINT account_emailconfirmation_pkey PRIMARY KEY (id);


--
-- Name: audits_answer answer_once_per_question; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_answer
    ADD CONSTRAINT answer_once_per_question UNIQUE (audit_id, question_id);


--
-- Name: api_accesstoken api_accesstoken_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_accesstoken
    ADD CONSTRAINT api_accesstoken_pkey PRIMARY KEY (id);


--
-- Name: api_accesstoken api_accesstoken_secret_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_accesstoken
    ADD CONSTRAINT api_accesstoken_secret_hash_key UNIQUE (secret_hash);


--
-- Name: api_accesstokenevent api_accesstokenevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_accesstokenevent
    ADD CONSTRAINT api_accesstokenevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: api_ratecount api_ratecount_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_ratecount
    ADD CONSTRAINT api_ratecount_pkey PRIMARY KEY (id);


--
-- Name: api_ratecount api_ratecount_unique; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_ratecount
    ADD CONSTRAINT api_ratecount_unique UNIQUE (key, window_start);


--
-- Name: api_serviceaccount api_serviceaccount_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_serviceaccount
    ADD CONSTRAINT api_serviceaccount_pkey PRIMARY KEY (user_id);


--
-- Name: api_serviceaccountevent api_serviceaccountevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_serviceaccountevent
    ADD CONSTRAINT api_serviceaccountevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: api_webhookattempt api_webhookattempt_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_webhookattempt
    ADD CONSTRAINT api_webhookattempt_pkey PRIMARY KEY (id);


--
-- Name: api_webhookdelivery api_webhookdelivery_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_webhookdelivery
    ADD CONSTRAINT api_webhookdelivery_pkey PRIMARY KEY (id);


--
-- Name: api_webhookevent api_webhookevent_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_webhookevent
    ADD CONSTRAINT api_webhookevent_key_key UNIQUE (key);


--
-- Name: api_webhookevent api_webhookevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_webhookevent
    ADD CONSTRAINT api_webhookevent_pkey PRIMARY KEY (id);


--
-- Name: api_webhooksubscription api_webhooksubscription_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_webhooksubscription
    ADD CONSTRAINT api_webhooksubscription_pkey PRIMARY KEY (id);


--
-- Name: api_webhooksubscriptionevent api_webhooksubscriptionevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_webhooksubscriptionevent
    ADD CONSTRAINT api_webhooksubscriptionevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: audits_answer audits_answer_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_answer
    ADD CONSTRAINT audits_answer_pkey PRIMARY KEY (id);


--
-- Name: audits_answerevent audits_answerevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_answerevent
    ADD CONSTRAINT audits_answerevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: audits_audit_criteria audits_audit_criteria_audit_id_criterion_id_bbf0c19c_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_audit_criteria
    ADD CONSTRAINT audits_audit_criteria_audit_id_criterion_id_bbf0c19c_uniq UNIQUE (audit_id, criterion_id);


--
-- Name: audits_audit_criteria audits_audit_criteria_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_audit_criteria
    ADD CONSTRAINT audits_audit_criteria_pkey PRIMARY KEY (id);


--
-- Name: audits_audit audits_audit_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_audit
    ADD CONSTRAINT audits_audit_pkey PRIMARY KEY (id);


--
-- Name: audits_auditevent audits_auditevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_auditevent
    ADD CONSTRAINT audits_auditevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: audits_criterion audits_criterion_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_criterion
    ADD CONSTRAINT audits_criterion_pkey PRIMARY KEY (id);


--
-- Name: audits_criterionevent audits_criterionevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_criterionevent
    ADD CONSTRAINT audits_criterionevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: audits_evidence audits_evidence_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_evidence
    ADD CONSTRAINT audits_evidence_pkey PRIMARY KEY (id);


--
-- Name: audits_evidenceevent audits_evidenceevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_evidenceevent
    ADD CONSTRAINT audits_evidenceevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: audits_finding audits_finding_answer_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_finding
    ADD CONSTRAINT audits_finding_answer_id_key UNIQUE (answer_id);


--
-- Name: audits_finding audits_finding_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_finding
    ADD CONSTRAINT audits_finding_pkey PRIMARY KEY (id);


--
-- Name: audits_findingevent audits_findingevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_findingevent
    ADD CONSTRAINT audits_findingevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: audits_programme audits_programme_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_programme
    ADD CONSTRAINT audits_programme_pkey PRIMARY KEY (id);


--
-- Name: audits_programmeevent audits_programmeevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_programmeevent
    ADD CONSTRAINT audits_programmeevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: audits_question audits_question_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_question
    ADD CONSTRAINT audits_question_pkey PRIMARY KEY (id);


--
-- Name: audits_questionevent audits_questionevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_questionevent
    ADD CONSTRAINT audits_questionevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: audits_teammember audits_teammember_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_teammember
    ADD CONSTRAINT audits_teammember_pkey PRIMARY KEY (id);


--
-- Name: audits_teammemberevent audits_teammemberevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_teammemberevent
    ADD CONSTRAINT audits_teammemberevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: auth_group auth_group_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group
    ADD CONSTRAINT auth_group_name_key UNIQUE (name);


--
-- Name: auth_group_permissions auth_group_permissions_group_id_permission_id_0cd325b0_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group_permissions
    ADD CONSTRAINT auth_group_permissions_group_id_permission_id_0cd325b0_uniq UNIQUE (group_id, permission_id);


--
-- Name: auth_group_permissions auth_group_permissions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group_permissions
    ADD CONSTRAINT auth_group_permissions_pkey PRIMARY KEY (id);


--
-- Name: auth_group auth_group_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group
    ADD CONSTRAINT auth_group_pkey PRIMARY KEY (id);


--
-- Name: auth_permission auth_permission_content_type_id_codename_01ab375a_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_permission
    ADD CONSTRAINT auth_permission_content_type_id_codename_01ab375a_uniq UNIQUE (content_type_id, codename);


--
-- Name: auth_permission auth_permission_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_permission
    ADD CONSTRAINT auth_permission_pkey PRIMARY KEY (id);


--
-- Name: axes_accessattempt axes_accessattempt_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.axes_accessattempt
    ADD CONSTRAINT axes_accessattempt_pkey PRIMARY KEY (id);


--
-- Name: axes_accessattempt axes_accessattempt_username_ip_address_user_agent_8ea22282_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.axes_accessattempt
    ADD CONSTRAINT axes_accessattempt_username_ip_address_user_agent_8ea22282_uniq UNIQUE (username, ip_address, user_agent);


--
-- Name: axes_accessattemptexpiration axes_accessattemptexpiration_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.axes_accessattemptexpiration
    ADD CONSTRAINT axes_accessattemptexpiration_pkey PRIMARY KEY (access_attempt_id);


--
-- Name: axes_accessfailurelog axes_accessfailurelog_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.axes_accessfailurelog
    ADD CONSTRAINT axes_accessfailurelog_pkey PRIMARY KEY (id);


--
-- Name: axes_accesslog axes_accesslog_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.axes_accesslog
    ADD CONSTRAINT axes_accesslog_pkey PRIMARY KEY (id);


--
-- Name: deviations_casecounter case_counter_unique; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_casecounter
    ADD CONSTRAINT case_counter_unique UNIQUE (organisation_id, series, year);


--
-- Name: deviations_category category_unique_name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_category
    ADD CONSTRAINT category_unique_name UNIQUE NULLS NOT DISTINCT (parent_id, name);


--
-- Name: certifications_calendarfeed certifications_calendarfeed_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certifications_calendarfeed
    ADD CONSTRAINT certifications_calendarfeed_pkey PRIMARY KEY (id);


--
-- Name: certifications_calendarfeed certifications_calendarfeed_token_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certifications_calendarfeed
    ADD CONSTRAINT certifications_calendarfeed_token_hash_key UNIQUE (token_hash);


--
-- Name: certifications_calendarfeed certifications_calendarfeed_user_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certifications_calendarfeed
    ADD CONSTRAINT certifications_calendarfeed_user_id_key UNIQUE (user_id);


--
-- Name: certifications_certificate_units certifications_certifica_certificate_id_organisat_4bcade36_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certifications_certificate_units
    ADD CONSTRAINT certifications_certifica_certificate_id_organisat_4bcade36_uniq UNIQUE (certificate_id, organisationunit_id);


--
-- Name: certifications_certificate certifications_certificate_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certifications_certificate
    ADD CONSTRAINT certifications_certificate_pkey PRIMARY KEY (id);


--
-- Name: certifications_certificate_units certifications_certificate_units_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certifications_certificate_units
    ADD CONSTRAINT certifications_certificate_units_pkey PRIMARY KEY (id);


--
-- Name: certifications_certificateevent certifications_certificateevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certifications_certificateevent
    ADD CONSTRAINT certifications_certificateevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: certifications_cycle certifications_cycle_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certifications_cycle
    ADD CONSTRAINT certifications_cycle_pkey PRIMARY KEY (id);


--
-- Name: certifications_cycle certifications_cycle_previous_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certifications_cycle
    ADD CONSTRAINT certifications_cycle_previous_id_key UNIQUE (previous_id);


--
-- Name: certifications_cycleevent certifications_cycleevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certifications_cycleevent
    ADD CONSTRAINT certifications_cycleevent_pkey PRIMARY KEY (id);


--
-- Name: certifications_cycleeventevent certifications_cycleeventevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certifications_cycleeventevent
    ADD CONSTRAINT certifications_cycleeventevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: certifications_cyclehistoryevent certifications_cyclehistoryevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certifications_cyclehistoryevent
    ADD CONSTRAINT certifications_cyclehistoryevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: certifications_eventtemplate certifications_eventtemplate_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certifications_eventtemplate
    ADD CONSTRAINT certifications_eventtemplate_pkey PRIMARY KEY (id);


--
-- Name: certifications_evidenceitem certifications_evidenceitem_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certifications_evidenceitem
    ADD CONSTRAINT certifications_evidenceitem_pkey PRIMARY KEY (id);


--
-- Name: certifications_evidenceitemevent certifications_evidenceitemevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certifications_evidenceitemevent
    ADD CONSTRAINT certifications_evidenceitemevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: certifications_evidencetemplate certifications_evidencetemplate_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certifications_evidencetemplate
    ADD CONSTRAINT certifications_evidencetemplate_pkey PRIMARY KEY (id);


--
-- Name: certifications_sentreminder certifications_sentreminder_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certifications_sentreminder
    ADD CONSTRAINT certifications_sentreminder_pkey PRIMARY KEY (id);


--
-- Name: certifications_standard certifications_standard_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certifications_standard
    ADD CONSTRAINT certifications_standard_code_key UNIQUE (code);


--
-- Name: certifications_standard certifications_standard_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certifications_standard
    ADD CONSTRAINT certifications_standard_pkey PRIMARY KEY (id);


--
-- Name: certifications_standardevent certifications_standardevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certifications_standardevent
    ADD CONSTRAINT certifications_standardevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: imports_columnmapping column_mapping_unique; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.imports_columnmapping
    ADD CONSTRAINT column_mapping_unique UNIQUE (kind, header_hash);


--
-- Name: audits_criterion criterion_unique_reference; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_criterion
    ADD CONSTRAINT criterion_unique_reference UNIQUE (framework, reference);


--
-- Name: certifications_cycleevent cycle_event_once_per_template; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certifications_cycleevent
    ADD CONSTRAINT cycle_event_once_per_template UNIQUE (cycle_id, template_id);


--
-- Name: records_deliveredrecord delivered_record_once; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records_deliveredrecord
    ADD CONSTRAINT delivered_record_once UNIQUE (package_id, content_type_id, object_id);


--
-- Name: deviations_deviation deviation_number_unique; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_deviation
    ADD CONSTRAINT deviation_number_unique UNIQUE (organisation_id, number);


--
-- Name: deviations_accessibilitystatement deviations_accessibilitystatement_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_accessibilitystatement
    ADD CONSTRAINT deviations_accessibilitystatement_pkey PRIMARY KEY (id);


--
-- Name: deviations_accessibilitystatementevent deviations_accessibilitystatementevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_accessibilitystatementevent
    ADD CONSTRAINT deviations_accessibilitystatementevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: deviations_action deviations_action_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_action
    ADD CONSTRAINT deviations_action_pkey PRIMARY KEY (id);


--
-- Name: deviations_actionevent deviations_actionevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_actionevent
    ADD CONSTRAINT deviations_actionevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: deviations_attachment deviations_attachment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_attachment
    ADD CONSTRAINT deviations_attachment_pkey PRIMARY KEY (id);


--
-- Name: deviations_attachmentevent deviations_attachmentevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_attachmentevent
    ADD CONSTRAINT deviations_attachmentevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: deviations_casecounter deviations_casecounter_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_casecounter
    ADD CONSTRAINT deviations_casecounter_pkey PRIMARY KEY (id);


--
-- Name: deviations_category deviations_category_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_category
    ADD CONSTRAINT deviations_category_pkey PRIMARY KEY (id);


--
-- Name: deviations_categoryevent deviations_categoryevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_categoryevent
    ADD CONSTRAINT deviations_categoryevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: deviations_categorysensitivitydecision deviations_categorysensitivitydecision_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_categorysensitivitydecision
    ADD CONSTRAINT deviations_categorysensitivitydecision_pkey PRIMARY KEY (id);


--
-- Name: deviations_comment deviations_comment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_comment
    ADD CONSTRAINT deviations_comment_pkey PRIMARY KEY (id);


--
-- Name: deviations_commentevent deviations_commentevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_commentevent
    ADD CONSTRAINT deviations_commentevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: deviations_confidentialread deviations_confidentialread_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_confidentialread
    ADD CONSTRAINT deviations_confidentialread_pkey PRIMARY KEY (id);


--
-- Name: deviations_deviation deviations_deviation_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_deviation
    ADD CONSTRAINT deviations_deviation_pkey PRIMARY KEY (id);


--
-- Name: deviations_deviationevent deviations_deviationevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_deviationevent
    ADD CONSTRAINT deviations_deviationevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: deviations_deviationtally deviations_deviationtally_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_deviationtally
    ADD CONSTRAINT deviations_deviationtally_pkey PRIMARY KEY (id);


--
-- Name: deviations_export deviations_export_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_export
    ADD CONSTRAINT deviations_export_pkey PRIMARY KEY (id);


--
-- Name: deviations_exportevent deviations_exportevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_exportevent
    ADD CONSTRAINT deviations_exportevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: deviations_feedback deviations_feedback_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_feedback
    ADD CONSTRAINT deviations_feedback_pkey PRIMARY KEY (id);


--
-- Name: deviations_feedback deviations_feedback_tracking_token_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_feedback
    ADD CONSTRAINT deviations_feedback_tracking_token_hash_key UNIQUE (tracking_token_hash);


--
-- Name: deviations_feedbackevent deviations_feedbackevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_feedbackevent
    ADD CONSTRAINT deviations_feedbackevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: deviations_feedbackpolicy deviations_feedbackpolicy_organisation_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_feedbackpolicy
    ADD CONSTRAINT deviations_feedbackpolicy_organisation_id_key UNIQUE (organisation_id);


--
-- Name: deviations_feedbackpolicy deviations_feedbackpolicy_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_feedbackpolicy
    ADD CONSTRAINT deviations_feedbackpolicy_pkey PRIMARY KEY (id);


--
-- Name: deviations_feedbackpolicyevent deviations_feedbackpolicyevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_feedbackpolicyevent
    ADD CONSTRAINT deviations_feedbackpolicyevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: deviations_legaltrack deviations_legaltrack_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_legaltrack
    ADD CONSTRAINT deviations_legaltrack_pkey PRIMARY KEY (id);


--
-- Name: deviations_legaltrackevent deviations_legaltrackevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_legaltrackevent
    ADD CONSTRAINT deviations_legaltrackevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: deviations_legaltrackrule deviations_legaltrackrule_kind_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_legaltrackrule
    ADD CONSTRAINT deviations_legaltrackrule_kind_key UNIQUE (kind);


--
-- Name: deviations_legaltrackrule deviations_legaltrackrule_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_legaltrackrule
    ADD CONSTRAINT deviations_legaltrackrule_pkey PRIMARY KEY (id);


--
-- Name: deviations_legaltrackruleevent deviations_legaltrackruleevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_legaltrackruleevent
    ADD CONSTRAINT deviations_legaltrackruleevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: deviations_publicactivity deviations_publicactivity_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_publicactivity
    ADD CONSTRAINT deviations_publicactivity_pkey PRIMARY KEY (id);


--
-- Name: deviations_publicactivity deviations_publicactivity_unit_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_publicactivity
    ADD CONSTRAINT deviations_publicactivity_unit_id_key UNIQUE (unit_id);


--
-- Name: deviations_publicactivityevent deviations_publicactivityevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_publicactivityevent
    ADD CONSTRAINT deviations_publicactivityevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: deviations_requirement deviations_requirement_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_requirement
    ADD CONSTRAINT deviations_requirement_pkey PRIMARY KEY (id);


--
-- Name: deviations_requirementevent deviations_requirementevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_requirementevent
    ADD CONSTRAINT deviations_requirementevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: deviations_savedfilter deviations_savedfilter_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_savedfilter
    ADD CONSTRAINT deviations_savedfilter_pkey PRIMARY KEY (id);


--
-- Name: deviations_submissionattempt deviations_submissionattempt_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_submissionattempt
    ADD CONSTRAINT deviations_submissionattempt_pkey PRIMARY KEY (id);


--
-- Name: deviations_suggestion deviations_suggestion_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_suggestion
    ADD CONSTRAINT deviations_suggestion_pkey PRIMARY KEY (id);


--
-- Name: deviations_suggestionevent deviations_suggestionevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_suggestionevent
    ADD CONSTRAINT deviations_suggestionevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: deviations_supplier deviations_supplier_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_supplier
    ADD CONSTRAINT deviations_supplier_name_key UNIQUE (name);


--
-- Name: deviations_supplier deviations_supplier_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_supplier
    ADD CONSTRAINT deviations_supplier_pkey PRIMARY KEY (id);


--
-- Name: deviations_supplierevent deviations_supplierevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_supplierevent
    ADD CONSTRAINT deviations_supplierevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: qms_notificationdigest digest_once_per_period; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_notificationdigest
    ADD CONSTRAINT digest_once_per_period UNIQUE (recipient_id, period, period_start);


--
-- Name: django_admin_log django_admin_log_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_admin_log
    ADD CONSTRAINT django_admin_log_pkey PRIMARY KEY (id);


--
-- Name: django_celery_beat_clockedschedule django_celery_beat_clockedschedule_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_celery_beat_clockedschedule
    ADD CONSTRAINT django_celery_beat_clockedschedule_pkey PRIMARY KEY (id);


--
-- Name: django_celery_beat_crontabschedule django_celery_beat_crontabschedule_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_celery_beat_crontabschedule
    ADD CONSTRAINT django_celery_beat_crontabschedule_pkey PRIMARY KEY (id);


--
-- Name: django_celery_beat_intervalschedule django_celery_beat_intervalschedule_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_celery_beat_intervalschedule
    ADD CONSTRAINT django_celery_beat_intervalschedule_pkey PRIMARY KEY (id);


--
-- Name: django_celery_beat_periodictask django_celery_beat_periodictask_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_celery_beat_periodictask
    ADD CONSTRAINT django_celery_beat_periodictask_name_key UNIQUE (name);


--
-- Name: django_celery_beat_periodictask django_celery_beat_periodictask_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_celery_beat_periodictask
    ADD CONSTRAINT django_celery_beat_periodictask_pkey PRIMARY KEY (id);


--
-- Name: django_celery_beat_periodictasks django_celery_beat_periodictasks_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_celery_beat_periodictasks
    ADD CONSTRAINT django_celery_beat_periodictasks_pkey PRIMARY KEY (ident);


--
-- Name: django_celery_beat_solarschedule django_celery_beat_solar_event_latitude_longitude_ba64999a_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_celery_beat_solarschedule
    ADD CONSTRAINT django_celery_beat_solar_event_latitude_longitude_ba64999a_uniq UNIQUE (event, latitude, longitude);


--
-- Name: django_celery_beat_solarschedule django_celery_beat_solarschedule_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_celery_beat_solarschedule
    ADD CONSTRAINT django_celery_beat_solarschedule_pkey PRIMARY KEY (id);


--
-- Name: django_content_type django_content_type_app_label_model_76bd3d3b_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_content_type
    ADD CONSTRAINT django_content_type_app_label_model_76bd3d3b_uniq UNIQUE (app_label, model);


--
-- Name: django_content_type django_content_type_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_content_type
    ADD CONSTRAINT django_content_type_pkey PRIMARY KEY (id);


--
-- Name: django_migrations django_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_migrations
    ADD CONSTRAINT django_migrations_pkey PRIMARY KEY (id);


--
-- Name: django_session django_session_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_session
    ADD CONSTRAINT django_session_pkey PRIMARY KEY (session_key);


--
-- Name: deviations_feedback feedback_number_unique; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_feedback
    ADD CONSTRAINT feedback_number_unique UNIQUE (organisation_id, number);


--
-- Name: identity_grantedmembership identity_grantedmembership_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.identity_grantedmembership
    ADD CONSTRAINT identity_grantedmembership_pkey PRIMARY KEY (membership_id);


--
-- Name: identity_linkedidentityevent identity_linkedidentityevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.identity_linkedidentityevent
    ADD CONSTRAINT identity_linkedidentityevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: identity_rolemapping identity_rolemapping_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.identity_rolemapping
    ADD CONSTRAINT identity_rolemapping_pkey PRIMARY KEY (id);


--
-- Name: identity_rolemappingevent identity_rolemappingevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.identity_rolemappingevent
    ADD CONSTRAINT identity_rolemappingevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: identity_seentoken identity_seentoken_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.identity_seentoken
    ADD CONSTRAINT identity_seentoken_pkey PRIMARY KEY (id);


--
-- Name: imports_columnmapping imports_columnmapping_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.imports_columnmapping
    ADD CONSTRAINT imports_columnmapping_pkey PRIMARY KEY (id);


--
-- Name: imports_importedmanagerrole imports_importedmanagerrole_membership_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.imports_importedmanagerrole
    ADD CONSTRAINT imports_importedmanagerrole_membership_id_key UNIQUE (membership_id);


--
-- Name: imports_importedmanagerrole imports_importedmanagerrole_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.imports_importedmanagerrole
    ADD CONSTRAINT imports_importedmanagerrole_pkey PRIMARY KEY (id);


--
-- Name: imports_importjob imports_importjob_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.imports_importjob
    ADD CONSTRAINT imports_importjob_pkey PRIMARY KEY (id);


--
-- Name: imports_importproblem imports_importproblem_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.imports_importproblem
    ADD CONSTRAINT imports_importproblem_pkey PRIMARY KEY (id);


--
-- Name: imports_legacyrecord imports_legacyrecord_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.imports_legacyrecord
    ADD CONSTRAINT imports_legacyrecord_pkey PRIMARY KEY (id);


--
-- Name: reviews_indicatorvalue indicator_value_once_per_period; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_indicatorvalue
    ADD CONSTRAINT indicator_value_once_per_period UNIQUE (indicator_id, period_start);


--
-- Name: imports_legacyrecord legacy_record_once_per_source; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.imports_legacyrecord
    ADD CONSTRAINT legacy_record_once_per_source UNIQUE (kind, source, external_id);


--
-- Name: deviations_legaltrack legal_track_once_per_kind; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_legaltrack
    ADD CONSTRAINT legal_track_once_per_kind UNIQUE (deviation_id, kind);


--
-- Name: qms_membership membership_unique_role; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_membership
    ADD CONSTRAINT membership_unique_role UNIQUE (user_id, unit_id, role);


--
-- Name: mfa_authenticator mfa_authenticator_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mfa_authenticator
    ADD CONSTRAINT mfa_authenticator_pkey PRIMARY KEY (id);


--
-- Name: qms_notification notification_once_per_event; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_notification
    ADD CONSTRAINT notification_once_per_event UNIQUE (recipient_id, event_key);


--
-- Name: qms_notificationpreference notification_pref_once; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_notificationpreference
    ADD CONSTRAINT notification_pref_once UNIQUE (user_id, kind);


--
-- Name: reviews_patientsafetyreminder patient_safety_reminder_once; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_patientsafetyreminder
    ADD CONSTRAINT patient_safety_reminder_once UNIQUE (unit_id, year, step);


--
-- Name: reviews_patientsafetyreport patient_safety_report_one_revision; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_patientsafetyreport
    ADD CONSTRAINT patient_safety_report_one_revision UNIQUE (revision_of_id);


--
-- Name: pghistory_context pghistory_context_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pghistory_context
    ADD CONSTRAINT pghistory_context_pkey PRIMARY KEY (id);


--
-- Name: audits_programme programme_once_per_year; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_programme
    ADD CONSTRAINT programme_once_per_year UNIQUE (unit_id, year);


--
-- Name: records_proposalitem proposal_item_once; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records_proposalitem
    ADD CONSTRAINT proposal_item_once UNIQUE (proposal_id, record_type, object_id);


--
-- Name: provisioning_scimclient provisioning_scimclient_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.provisioning_scimclient
    ADD CONSTRAINT provisioning_scimclient_name_key UNIQUE (name);


--
-- Name: provisioning_scimclient provisioning_scimclient_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.provisioning_scimclient
    ADD CONSTRAINT provisioning_scimclient_pkey PRIMARY KEY (id);


--
-- Name: provisioning_scimclient provisioning_scimclient_token_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.provisioning_scimclient
    ADD CONSTRAINT provisioning_scimclient_token_hash_key UNIQUE (token_hash);


--
-- Name: provisioning_scimclientevent provisioning_scimclientevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.provisioning_scimclientevent
    ADD CONSTRAINT provisioning_scimclientevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: provisioning_scimgroup provisioning_scimgroup_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.provisioning_scimgroup
    ADD CONSTRAINT provisioning_scimgroup_pkey PRIMARY KEY (id);


--
-- Name: provisioning_scimgroupmember provisioning_scimgroupmember_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.provisioning_scimgroupmember
    ADD CONSTRAINT provisioning_scimgroupmember_pkey PRIMARY KEY (id);


--
-- Name: provisioning_scimuser provisioning_scimuser_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.provisioning_scimuser
    ADD CONSTRAINT provisioning_scimuser_pkey PRIMARY KEY (user_id);


--
-- Name: qms_formsubmission qms_formsubmission_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_formsubmission
    ADD CONSTRAINT qms_formsubmission_key_key UNIQUE (key);


--
-- Name: qms_formsubmission qms_formsubmission_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_formsubmission
    ADD CONSTRAINT qms_formsubmission_pkey PRIMARY KEY (id);


--
-- Name: qms_invitation qms_invitation_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_invitation
    ADD CONSTRAINT qms_invitation_pkey PRIMARY KEY (id);


--
-- Name: qms_invitation qms_invitation_token_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_invitation
    ADD CONSTRAINT qms_invitation_token_hash_key UNIQUE (token_hash);


--
-- Name: qms_membership qms_membership_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_membership
    ADD CONSTRAINT qms_membership_pkey PRIMARY KEY (id);


--
-- Name: qms_membershipevent qms_membershipevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_membershipevent
    ADD CONSTRAINT qms_membershipevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: qms_notification qms_notification_email_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_notification
    ADD CONSTRAINT qms_notification_email_id_key UNIQUE (email_id);


--
-- Name: qms_notification qms_notification_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_notification
    ADD CONSTRAINT qms_notification_pkey PRIMARY KEY (id);


--
-- Name: qms_notificationdigest qms_notificationdigest_email_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_notificationdigest
    ADD CONSTRAINT qms_notificationdigest_email_id_key UNIQUE (email_id);


--
-- Name: qms_notificationdigest qms_notificationdigest_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_notificationdigest
    ADD CONSTRAINT qms_notificationdigest_pkey PRIMARY KEY (id);


--
-- Name: qms_notificationpreference qms_notificationpreference_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_notificationpreference
    ADD CONSTRAINT qms_notificationpreference_pkey PRIMARY KEY (id);


--
-- Name: qms_organisationunit qms_organisationunit_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_organisationunit
    ADD CONSTRAINT qms_organisationunit_code_key UNIQUE (code);


--
-- Name: qms_organisationunit qms_organisationunit_path_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_organisationunit
    ADD CONSTRAINT qms_organisationunit_path_key UNIQUE (path);


--
-- Name: qms_organisationunit qms_organisationunit_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_organisationunit
    ADD CONSTRAINT qms_organisationunit_pkey PRIMARY KEY (id);


--
-- Name: qms_organisationunitevent qms_organisationunitevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_organisationunitevent
    ADD CONSTRAINT qms_organisationunitevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: qms_outgoingemail qms_outgoingemail_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_outgoingemail
    ADD CONSTRAINT qms_outgoingemail_pkey PRIMARY KEY (id);


--
-- Name: qms_publicprofile qms_publicprofile_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_publicprofile
    ADD CONSTRAINT qms_publicprofile_pkey PRIMARY KEY (id);


--
-- Name: qms_publicprofileevent qms_publicprofileevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_publicprofileevent
    ADD CONSTRAINT qms_publicprofileevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: qms_user_groups qms_user_groups_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_user_groups
    ADD CONSTRAINT qms_user_groups_pkey PRIMARY KEY (id);


--
-- Name: qms_user_groups qms_user_groups_user_id_group_id_f72a2dd9_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_user_groups
    ADD CONSTRAINT qms_user_groups_user_id_group_id_f72a2dd9_uniq UNIQUE (user_id, group_id);


--
-- Name: qms_user qms_user_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_user
    ADD CONSTRAINT qms_user_pkey PRIMARY KEY (id);


--
-- Name: qms_user_user_permissions qms_user_user_permissions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_user_user_permissions
    ADD CONSTRAINT qms_user_user_permissions_pkey PRIMARY KEY (id);


--
-- Name: qms_user_user_permissions qms_user_user_permissions_user_id_permission_id_8c52e8d2_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_user_user_permissions
    ADD CONSTRAINT qms_user_user_permissions_user_id_permission_id_8c52e8d2_uniq UNIQUE (user_id, permission_id);


--
-- Name: qms_user qms_user_username_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_user
    ADD CONSTRAINT qms_user_username_key UNIQUE (username);


--
-- Name: qms_userevent qms_userevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_userevent
    ADD CONSTRAINT qms_userevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: reviews_qualityreport quality_report_one_revision; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_qualityreport
    ADD CONSTRAINT quality_report_one_revision UNIQUE (revision_of_id);


--
-- Name: records_accesslog records_accesslog_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records_accesslog
    ADD CONSTRAINT records_accesslog_pkey PRIMARY KEY (id);


--
-- Name: records_archivepackage records_archivepackage_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records_archivepackage
    ADD CONSTRAINT records_archivepackage_pkey PRIMARY KEY (id);


--
-- Name: records_archivepackageevent records_archivepackageevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records_archivepackageevent
    ADD CONSTRAINT records_archivepackageevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: records_deliveredrecord records_deliveredrecord_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records_deliveredrecord
    ADD CONSTRAINT records_deliveredrecord_pkey PRIMARY KEY (id);


--
-- Name: records_fileremoval records_fileremoval_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records_fileremoval
    ADD CONSTRAINT records_fileremoval_pkey PRIMARY KEY (id);


--
-- Name: records_fullexport records_fullexport_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records_fullexport
    ADD CONSTRAINT records_fullexport_pkey PRIMARY KEY (id);


--
-- Name: records_legalhold records_legalhold_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records_legalhold
    ADD CONSTRAINT records_legalhold_pkey PRIMARY KEY (id);


--
-- Name: records_legalholdevent records_legalholdevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records_legalholdevent
    ADD CONSTRAINT records_legalholdevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: records_proposal records_proposal_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records_proposal
    ADD CONSTRAINT records_proposal_pkey PRIMARY KEY (id);


--
-- Name: records_proposalevent records_proposalevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records_proposalevent
    ADD CONSTRAINT records_proposalevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: records_proposalitem records_proposalitem_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records_proposalitem
    ADD CONSTRAINT records_proposalitem_pkey PRIMARY KEY (id);


--
-- Name: records_proposalrule records_proposalrule_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records_proposalrule
    ADD CONSTRAINT records_proposalrule_pkey PRIMARY KEY (id);


--
-- Name: records_registerextract records_registerextract_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records_registerextract
    ADD CONSTRAINT records_registerextract_pkey PRIMARY KEY (id);


--
-- Name: records_registerextractevent records_registerextractevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records_registerextractevent
    ADD CONSTRAINT records_registerextractevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: records_retentionrule records_retentionrule_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records_retentionrule
    ADD CONSTRAINT records_retentionrule_pkey PRIMARY KEY (id);


--
-- Name: records_retentionruleevent records_retentionruleevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records_retentionruleevent
    ADD CONSTRAINT records_retentionruleevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: records_retentionrule retention_rule_once; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records_retentionrule
    ADD CONSTRAINT retention_rule_once UNIQUE NULLS NOT DISTINCT (record_type, organisation_id);


--
-- Name: reviews_reviewitem review_item_once; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_reviewitem
    ADD CONSTRAINT review_item_once UNIQUE (review_id, code);


--
-- Name: reviews_participant review_participant_once; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_participant
    ADD CONSTRAINT review_participant_once UNIQUE (review_id, user_id);


--
-- Name: reviews_decision reviews_decision_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_decision
    ADD CONSTRAINT reviews_decision_pkey PRIMARY KEY (id);


--
-- Name: reviews_decisionevent reviews_decisionevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_decisionevent
    ADD CONSTRAINT reviews_decisionevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: reviews_indicator reviews_indicator_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_indicator
    ADD CONSTRAINT reviews_indicator_pkey PRIMARY KEY (id);


--
-- Name: reviews_indicatorevent reviews_indicatorevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_indicatorevent
    ADD CONSTRAINT reviews_indicatorevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: reviews_indicatorvalue reviews_indicatorvalue_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_indicatorvalue
    ADD CONSTRAINT reviews_indicatorvalue_pkey PRIMARY KEY (id);


--
-- Name: reviews_indicatorvalueevent reviews_indicatorvalueevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_indicatorvalueevent
    ADD CONSTRAINT reviews_indicatorvalueevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: reviews_objective reviews_objective_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_objective
    ADD CONSTRAINT reviews_objective_pkey PRIMARY KEY (id);


--
-- Name: reviews_objectiveevent reviews_objectiveevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_objectiveevent
    ADD CONSTRAINT reviews_objectiveevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: reviews_participant reviews_participant_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_participant
    ADD CONSTRAINT reviews_participant_pkey PRIMARY KEY (id);


--
-- Name: reviews_participantevent reviews_participantevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_participantevent
    ADD CONSTRAINT reviews_participantevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: reviews_patientsafetyreminder reviews_patientsafetyreminder_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_patientsafetyreminder
    ADD CONSTRAINT reviews_patientsafetyreminder_pkey PRIMARY KEY (id);


--
-- Name: reviews_patientsafetyreport reviews_patientsafetyreport_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_patientsafetyreport
    ADD CONSTRAINT reviews_patientsafetyreport_pkey PRIMARY KEY (id);


--
-- Name: reviews_patientsafetyreportevent reviews_patientsafetyreportevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_patientsafetyreportevent
    ADD CONSTRAINT reviews_patientsafetyreportevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: reviews_qualityreport reviews_qualityreport_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_qualityreport
    ADD CONSTRAINT reviews_qualityreport_pkey PRIMARY KEY (id);


--
-- Name: reviews_qualityreportevent reviews_qualityreportevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_qualityreportevent
    ADD CONSTRAINT reviews_qualityreportevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: reviews_review reviews_review_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_review
    ADD CONSTRAINT reviews_review_pkey PRIMARY KEY (id);


--
-- Name: reviews_reviewevent reviews_reviewevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_reviewevent
    ADD CONSTRAINT reviews_reviewevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: reviews_reviewitem reviews_reviewitem_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_reviewitem
    ADD CONSTRAINT reviews_reviewitem_pkey PRIMARY KEY (id);


--
-- Name: reviews_reviewitemevent reviews_reviewitemevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_reviewitemevent
    ADD CONSTRAINT reviews_reviewitemevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: identity_rolemapping role_mapping_unique; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.identity_rolemapping
    ADD CONSTRAINT role_mapping_unique UNIQUE (claim, value, unit_id, role);


--
-- Name: provisioning_scimgroupmember scim_group_member_unique; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.provisioning_scimgroupmember
    ADD CONSTRAINT scim_group_member_unique UNIQUE (group_id, user_id);


--
-- Name: identity_seentoken seen_token_unique; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.identity_seentoken
    ADD CONSTRAINT seen_token_unique UNIQUE (issuer, token_id);


--
-- Name: certifications_sentreminder sent_reminder_cycle_once; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certifications_sentreminder
    ADD CONSTRAINT sent_reminder_cycle_once UNIQUE (cycle_id, target_date, days_before);


--
-- Name: certifications_sentreminder sent_reminder_event_once; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certifications_sentreminder
    ADD CONSTRAINT sent_reminder_event_once UNIQUE (event_id, target_date, days_before);


--
-- Name: socialaccount_socialaccount socialaccount_socialaccount_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.socialaccount_socialaccount
    ADD CONSTRAINT socialaccount_socialaccount_pkey PRIMARY KEY (id);


--
-- Name: socialaccount_socialaccount socialaccount_socialaccount_provider_uid_fc810c6e_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.socialaccount_socialaccount
    ADD CONSTRAINT socialaccount_socialaccount_provider_uid_fc810c6e_uniq UNIQUE (provider, uid);


--
-- Name: socialaccount_socialapp socialaccount_socialapp_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.socialaccount_socialapp
    ADD CONSTRAINT socialaccount_socialapp_pkey PRIMARY KEY (id);


--
-- Name: socialaccount_socialtoken socialaccount_socialtoken_app_id_account_id_fca4e0ac_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.socialaccount_socialtoken
    ADD CONSTRAINT socialaccount_socialtoken_app_id_account_id_fca4e0ac_uniq UNIQUE (app_id, account_id);


--
-- Name: socialaccount_socialtoken socialaccount_socialtoken_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.socialaccount_socialtoken
    ADD CONSTRAINT socialaccount_socialtoken_pkey PRIMARY KEY (id);


--
-- Name: deviations_suggestion suggestion_number_unique; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_suggestion
    ADD CONSTRAINT suggestion_number_unique UNIQUE (organisation_id, number);


--
-- Name: audits_teammember team_member_once; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_teammember
    ADD CONSTRAINT team_member_once UNIQUE (audit_id, user_id);


--
-- Name: api_webhookdelivery webhook_delivery_once_per_subscription; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_webhookdelivery
    ADD CONSTRAINT webhook_delivery_once_per_subscription UNIQUE (subscription_id, event_id);


--
-- Name: account_emailaddress_email_03be32b2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX account_emailaddress_email_03be32b2 ON public.account_emailaddress USING btree (email);


--
-- Name: account_emailaddress_email_03be32b2_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX account_emailaddress_email_03be32b2_like ON public.account_emailaddress USING btree (email varchar_pattern_ops);


--
-- Name: account_emailaddress_user_id_2c513194; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX account_emailaddress_user_id_2c513194 ON public.account_emailaddress USING btree (user_id);


--
-- Name: account_emailconfirmation_email_address_id_5b7f8c58; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX account_emailconfirmation_email_address_id_5b7f8c58 ON public.account_emailconfirmation USING btree (email_address_id);


--
-- Name: account_emailconfirmation_key_f43612bd_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX account_emailconfirmation_key_f43612bd_like ON public.account_emailconfirmation USING btree (key varchar_pattern_ops);


--
-- Name: action_due_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX action_due_id_idx ON public.deviations_action USING btree (due_date, id);


--
-- Name: action_open_due_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX action_open_due_idx ON public.deviations_action USING btree (due_date) INCLUDE (unit_id, owner_id, is_confidential) WHERE ((status)::text = ANY ((ARRAY['planned'::character varying, 'in_progress'::character varying])::text[]));


--
-- Name: action_owner_created_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX action_owner_created_idx ON public.deviations_action USING btree (owner_id, created_at DESC, id DESC);


--
-- Name: action_owner_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX action_owner_idx ON public.deviations_action USING btree (owner_id, status, due_date);


--
-- Name: action_source_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX action_source_idx ON public.deviations_action USING btree (content_type_id, object_id);


--
-- Name: action_title_trgm_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX action_title_trgm_idx ON public.deviations_action USING gin (upper((title)::text) public.gin_trgm_ops);


--
-- Name: action_unit_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX action_unit_idx ON public.deviations_action USING btree (unit_id, status, due_date);


--
-- Name: api_accesstoken_created_by_id_f922bec5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX api_accesstoken_created_by_id_f922bec5 ON public.api_accesstoken USING btree (created_by_id);


--
-- Name: api_accesstoken_secret_hash_a5c15451_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX api_accesstoken_secret_hash_a5c15451_like ON public.api_accesstoken USING btree (secret_hash varchar_pattern_ops);


--
-- Name: api_accesstoken_user_id_47b5ec5a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX api_accesstoken_user_id_47b5ec5a ON public.api_accesstoken USING btree (user_id);


--
-- Name: api_accesstokenevent_created_by_id_b23713fc; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX api_accesstokenevent_created_by_id_b23713fc ON public.api_accesstokenevent USING btree (created_by_id);


--
-- Name: api_accesstokenevent_pgh_context_id_aaa139c2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX api_accesstokenevent_pgh_context_id_aaa139c2 ON public.api_accesstokenevent USING btree (pgh_context_id);


--
-- Name: api_accesstokenevent_pgh_obj_id_7ee260f2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX api_accesstokenevent_pgh_obj_id_7ee260f2 ON public.api_accesstokenevent USING btree (pgh_obj_id);


--
-- Name: api_accesstokenevent_user_id_8bdb97b0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX api_accesstokenevent_user_id_8bdb97b0 ON public.api_accesstokenevent USING btree (user_id);


--
-- Name: api_ratecou_window__dc3d59_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX api_ratecou_window__dc3d59_idx ON public.api_ratecount USING btree (window_start);


--
-- Name: api_serviceaccount_created_by_id_ece7ebbb; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX api_serviceaccount_created_by_id_ece7ebbb ON public.api_serviceaccount USING btree (created_by_id);


--
-- Name: api_serviceaccountevent_created_by_id_d29e49c9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX api_serviceaccountevent_created_by_id_d29e49c9 ON public.api_serviceaccountevent USING btree (created_by_id);


--
-- Name: api_serviceaccountevent_pgh_context_id_ee0156c1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX api_serviceaccountevent_pgh_context_id_ee0156c1 ON public.api_serviceaccountevent USING btree (pgh_context_id);


--
-- Name: api_serviceaccountevent_pgh_obj_id_7e3678e9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX api_serviceaccountevent_pgh_obj_id_7e3678e9 ON public.api_serviceaccountevent USING btree (pgh_obj_id);


--
-- Name: api_serviceaccountevent_user_id_0dca92d6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX api_serviceaccountevent_user_id_0dca92d6 ON public.api_serviceaccountevent USING btree (user_id);


--
-- Name: api_webhook_status_5921e6_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX api_webhook_status_5921e6_idx ON public.api_webhookdelivery USING btree (status, next_attempt_at);


--
-- Name: api_webhookattempt_delivery_id_c4c9902f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX api_webhookattempt_delivery_id_c4c9902f ON public.api_webhookattempt USING btree (delivery_id);


--
-- Name: api_webhookdelivery_event_id_93be418e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX api_webhookdelivery_event_id_93be418e ON public.api_webhookdelivery USING btree (event_id);


--
-- Name: api_webhookdelivery_subscription_id_7353f082; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX api_webhookdelivery_subscription_id_7353f082 ON public.api_webhookdelivery USING btree (subscription_id);


--
-- Name: api_webhookevent_key_dd47222a_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX api_webhookevent_key_dd47222a_like ON public.api_webhookevent USING btree (key varchar_pattern_ops);


--
-- Name: api_webhooksubscription_owner_id_0dfeccfa; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX api_webhooksubscription_owner_id_0dfeccfa ON public.api_webhooksubscription USING btree (owner_id);


--
-- Name: api_webhooksubscriptionevent_owner_id_f2d4433e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX api_webhooksubscriptionevent_owner_id_f2d4433e ON public.api_webhooksubscriptionevent USING btree (owner_id);


--
-- Name: api_webhooksubscriptionevent_pgh_context_id_780ae453; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX api_webhooksubscriptionevent_pgh_context_id_780ae453 ON public.api_webhooksubscriptionevent USING btree (pgh_context_id);


--
-- Name: api_webhooksubscriptionevent_pgh_obj_id_f404ebf5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX api_webhooksubscriptionevent_pgh_obj_id_f404ebf5 ON public.api_webhooksubscriptionevent USING btree (pgh_obj_id);


--
-- Name: audit_planned_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_planned_idx ON public.audits_audit USING btree (planned_date);


--
-- Name: audit_process_trgm_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_process_trgm_idx ON public.audits_audit USING gin (upper((process)::text) public.gin_trgm_ops);


--
-- Name: audit_title_trgm_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_title_trgm_idx ON public.audits_audit USING gin (upper((title)::text) public.gin_trgm_ops);


--
-- Name: audit_unit_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_unit_status_idx ON public.audits_audit USING btree (unit_id, status);


--
-- Name: audits_answer_answered_by_id_6377c75a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_answer_answered_by_id_6377c75a ON public.audits_answer USING btree (answered_by_id);


--
-- Name: audits_answer_audit_id_e209edd5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_answer_audit_id_e209edd5 ON public.audits_answer USING btree (audit_id);


--
-- Name: audits_answer_question_id_3aafb1e7; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_answer_question_id_3aafb1e7 ON public.audits_answer USING btree (question_id);


--
-- Name: audits_answerevent_answered_by_id_63cb9fc3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_answerevent_answered_by_id_63cb9fc3 ON public.audits_answerevent USING btree (answered_by_id);


--
-- Name: audits_answerevent_audit_id_6b2bf412; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_answerevent_audit_id_6b2bf412 ON public.audits_answerevent USING btree (audit_id);


--
-- Name: audits_answerevent_pgh_context_id_364141f9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_answerevent_pgh_context_id_364141f9 ON public.audits_answerevent USING btree (pgh_context_id);


--
-- Name: audits_answerevent_pgh_obj_id_e9cfa289; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_answerevent_pgh_obj_id_e9cfa289 ON public.audits_answerevent USING btree (pgh_obj_id);


--
-- Name: audits_answerevent_question_id_536a8f9b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_answerevent_question_id_536a8f9b ON public.audits_answerevent USING btree (question_id);


--
-- Name: audits_audit_created_by_id_88b0621a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_audit_created_by_id_88b0621a ON public.audits_audit USING btree (created_by_id);


--
-- Name: audits_audit_criteria_audit_id_52411697; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_audit_criteria_audit_id_52411697 ON public.audits_audit_criteria USING btree (audit_id);


--
-- Name: audits_audit_criteria_criterion_id_3fed1d5e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_audit_criteria_criterion_id_3fed1d5e ON public.audits_audit_criteria USING btree (criterion_id);


--
-- Name: audits_audit_programme_id_2e50feaa; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_audit_programme_id_2e50feaa ON public.audits_audit USING btree (programme_id);


--
-- Name: audits_audit_unit_id_79a51a03; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_audit_unit_id_79a51a03 ON public.audits_audit USING btree (unit_id);


--
-- Name: audits_auditevent_created_by_id_378c1212; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_auditevent_created_by_id_378c1212 ON public.audits_auditevent USING btree (created_by_id);


--
-- Name: audits_auditevent_pgh_context_id_efcd8c85; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_auditevent_pgh_context_id_efcd8c85 ON public.audits_auditevent USING btree (pgh_context_id);


--
-- Name: audits_auditevent_pgh_obj_id_55b1d021; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_auditevent_pgh_obj_id_55b1d021 ON public.audits_auditevent USING btree (pgh_obj_id);


--
-- Name: audits_auditevent_programme_id_0a8d3caf; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_auditevent_programme_id_0a8d3caf ON public.audits_auditevent USING btree (programme_id);


--
-- Name: audits_auditevent_unit_id_39672ce5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_auditevent_unit_id_39672ce5 ON public.audits_auditevent USING btree (unit_id);


--
-- Name: audits_criterionevent_pgh_context_id_f55e50e0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_criterionevent_pgh_context_id_f55e50e0 ON public.audits_criterionevent USING btree (pgh_context_id);


--
-- Name: audits_criterionevent_pgh_obj_id_171d31bc; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_criterionevent_pgh_obj_id_171d31bc ON public.audits_criterionevent USING btree (pgh_obj_id);


--
-- Name: audits_evidence_answer_id_f2e7c8d4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_evidence_answer_id_f2e7c8d4 ON public.audits_evidence USING btree (answer_id);


--
-- Name: audits_evidence_uploaded_by_id_16b75c00; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_evidence_uploaded_by_id_16b75c00 ON public.audits_evidence USING btree (uploaded_by_id);


--
-- Name: audits_evidenceevent_answer_id_9604ad3d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_evidenceevent_answer_id_9604ad3d ON public.audits_evidenceevent USING btree (answer_id);


--
-- Name: audits_evidenceevent_pgh_context_id_aa2c1b11; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_evidenceevent_pgh_context_id_aa2c1b11 ON public.audits_evidenceevent USING btree (pgh_context_id);


--
-- Name: audits_evidenceevent_pgh_obj_id_968e70f1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_evidenceevent_pgh_obj_id_968e70f1 ON public.audits_evidenceevent USING btree (pgh_obj_id);


--
-- Name: audits_evidenceevent_uploaded_by_id_17438ea9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_evidenceevent_uploaded_by_id_17438ea9 ON public.audits_evidenceevent USING btree (uploaded_by_id);


--
-- Name: audits_finding_audit_id_db7fce3c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_finding_audit_id_db7fce3c ON public.audits_finding USING btree (audit_id);


--
-- Name: audits_finding_created_by_id_6f55af16; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_finding_created_by_id_6f55af16 ON public.audits_finding USING btree (created_by_id);


--
-- Name: audits_finding_criterion_id_8c1bd2c6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_finding_criterion_id_8c1bd2c6 ON public.audits_finding USING btree (criterion_id);


--
-- Name: audits_finding_deviation_id_6efd408a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_finding_deviation_id_6efd408a ON public.audits_finding USING btree (deviation_id);


--
-- Name: audits_finding_verified_by_id_a512cd07; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_finding_verified_by_id_a512cd07 ON public.audits_finding USING btree (verified_by_id);


--
-- Name: audits_findingevent_answer_id_4b78d372; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_findingevent_answer_id_4b78d372 ON public.audits_findingevent USING btree (answer_id);


--
-- Name: audits_findingevent_audit_id_3259ba15; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_findingevent_audit_id_3259ba15 ON public.audits_findingevent USING btree (audit_id);


--
-- Name: audits_findingevent_created_by_id_cb286a7e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_findingevent_created_by_id_cb286a7e ON public.audits_findingevent USING btree (created_by_id);


--
-- Name: audits_findingevent_criterion_id_3d7d94fc; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_findingevent_criterion_id_3d7d94fc ON public.audits_findingevent USING btree (criterion_id);


--
-- Name: audits_findingevent_deviation_id_b3ac5537; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_findingevent_deviation_id_b3ac5537 ON public.audits_findingevent USING btree (deviation_id);


--
-- Name: audits_findingevent_pgh_context_id_bae1df43; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_findingevent_pgh_context_id_bae1df43 ON public.audits_findingevent USING btree (pgh_context_id);


--
-- Name: audits_findingevent_pgh_obj_id_b08317e7; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_findingevent_pgh_obj_id_b08317e7 ON public.audits_findingevent USING btree (pgh_obj_id);


--
-- Name: audits_findingevent_verified_by_id_92045ee7; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_findingevent_verified_by_id_92045ee7 ON public.audits_findingevent USING btree (verified_by_id);


--
-- Name: audits_programme_created_by_id_e788b207; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_programme_created_by_id_e788b207 ON public.audits_programme USING btree (created_by_id);


--
-- Name: audits_programme_unit_id_5f45f6f1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_programme_unit_id_5f45f6f1 ON public.audits_programme USING btree (unit_id);


--
-- Name: audits_programmeevent_created_by_id_2b7e4890; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_programmeevent_created_by_id_2b7e4890 ON public.audits_programmeevent USING btree (created_by_id);


--
-- Name: audits_programmeevent_pgh_context_id_7f1bcf18; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_programmeevent_pgh_context_id_7f1bcf18 ON public.audits_programmeevent USING btree (pgh_context_id);


--
-- Name: audits_programmeevent_pgh_obj_id_e0d0ccd5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_programmeevent_pgh_obj_id_e0d0ccd5 ON public.audits_programmeevent USING btree (pgh_obj_id);


--
-- Name: audits_programmeevent_unit_id_30863170; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_programmeevent_unit_id_30863170 ON public.audits_programmeevent USING btree (unit_id);


--
-- Name: audits_question_criterion_id_9b96523e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_question_criterion_id_9b96523e ON public.audits_question USING btree (criterion_id);


--
-- Name: audits_questionevent_criterion_id_d8fe1bd2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_questionevent_criterion_id_d8fe1bd2 ON public.audits_questionevent USING btree (criterion_id);


--
-- Name: audits_questionevent_pgh_context_id_16b39198; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_questionevent_pgh_context_id_16b39198 ON public.audits_questionevent USING btree (pgh_context_id);


--
-- Name: audits_questionevent_pgh_obj_id_e0e76f11; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_questionevent_pgh_obj_id_e0e76f11 ON public.audits_questionevent USING btree (pgh_obj_id);


--
-- Name: audits_teammember_audit_id_73a1cd49; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_teammember_audit_id_73a1cd49 ON public.audits_teammember USING btree (audit_id);


--
-- Name: audits_teammember_override_by_id_714d2226; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_teammember_override_by_id_714d2226 ON public.audits_teammember USING btree (override_by_id);


--
-- Name: audits_teammember_user_id_360dcece; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_teammember_user_id_360dcece ON public.audits_teammember USING btree (user_id);


--
-- Name: audits_teammemberevent_audit_id_a901ed05; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_teammemberevent_audit_id_a901ed05 ON public.audits_teammemberevent USING btree (audit_id);


--
-- Name: audits_teammemberevent_override_by_id_0feb38f1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_teammemberevent_override_by_id_0feb38f1 ON public.audits_teammemberevent USING btree (override_by_id);


--
-- Name: audits_teammemberevent_pgh_context_id_6afcb506; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_teammemberevent_pgh_context_id_6afcb506 ON public.audits_teammemberevent USING btree (pgh_context_id);


--
-- Name: audits_teammemberevent_pgh_obj_id_f382ad29; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_teammemberevent_pgh_obj_id_f382ad29 ON public.audits_teammemberevent USING btree (pgh_obj_id);


--
-- Name: audits_teammemberevent_user_id_f8dd84e3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audits_teammemberevent_user_id_f8dd84e3 ON public.audits_teammemberevent USING btree (user_id);


--
-- Name: auth_group_name_a6ea08ec_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_group_name_a6ea08ec_like ON public.auth_group USING btree (name varchar_pattern_ops);


--
-- Name: auth_group_permissions_group_id_b120cbf9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_group_permissions_group_id_b120cbf9 ON public.auth_group_permissions USING btree (group_id);


--
-- Name: auth_group_permissions_permission_id_84c5c92e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_group_permissions_permission_id_84c5c92e ON public.auth_group_permissions USING btree (permission_id);


--
-- Name: auth_permission_content_type_id_2f476e4b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_permission_content_type_id_2f476e4b ON public.auth_permission USING btree (content_type_id);


--
-- Name: axes_accessattempt_ip_address_10922d9c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessattempt_ip_address_10922d9c ON public.axes_accessattempt USING btree (ip_address);


--
-- Name: axes_accessattempt_user_agent_ad89678b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessattempt_user_agent_ad89678b ON public.axes_accessattempt USING btree (user_agent);


--
-- Name: axes_accessattempt_user_agent_ad89678b_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessattempt_user_agent_ad89678b_like ON public.axes_accessattempt USING btree (user_agent varchar_pattern_ops);


--
-- Name: axes_accessattempt_username_3f2d4ca0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessattempt_username_3f2d4ca0 ON public.axes_accessattempt USING btree (username);


--
-- Name: axes_accessattempt_username_3f2d4ca0_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessattempt_username_3f2d4ca0_like ON public.axes_accessattempt USING btree (username varchar_pattern_ops);


--
-- Name: axes_accessfailurelog_ip_address_2e9f5a7f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessfailurelog_ip_address_2e9f5a7f ON public.axes_accessfailurelog USING btree (ip_address);


--
-- Name: axes_accessfailurelog_user_agent_ea145dda; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessfailurelog_user_agent_ea145dda ON public.axes_accessfailurelog USING btree (user_agent);


--
-- Name: axes_accessfailurelog_user_agent_ea145dda_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessfailurelog_user_agent_ea145dda_like ON public.axes_accessfailurelog USING btree (user_agent varchar_pattern_ops);


--
-- Name: axes_accessfailurelog_username_a8b7e8a4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessfailurelog_username_a8b7e8a4 ON public.axes_accessfailurelog USING btree (username);


--
-- Name: axes_accessfailurelog_username_a8b7e8a4_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessfailurelog_username_a8b7e8a4_like ON public.axes_accessfailurelog USING btree (username varchar_pattern_ops);


--
-- Name: axes_accesslog_ip_address_86b417e5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accesslog_ip_address_86b417e5 ON public.axes_accesslog USING btree (ip_address);


--
-- Name: axes_accesslog_user_agent_0e659004; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accesslog_user_agent_0e659004 ON public.axes_accesslog USING btree (user_agent);


--
-- Name: axes_accesslog_user_agent_0e659004_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accesslog_user_agent_0e659004_like ON public.axes_accesslog USING btree (user_agent varchar_pattern_ops);


--
-- Name: axes_accesslog_username_df93064b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accesslog_username_df93064b ON public.axes_accesslog USING btree (username);


--
-- Name: axes_accesslog_username_df93064b_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accesslog_username_df93064b_like ON public.axes_accesslog USING btree (username varchar_pattern_ops);


--
-- Name: certificate_standard_page_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX certificate_standard_page_idx ON public.certifications_certificate USING btree (standard_id, id);


--
-- Name: certificate_status_page_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX certificate_status_page_idx ON public.certifications_certificate USING btree (status, standard_id, id);


--
-- Name: certificati_expiry__f74747_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX certificati_expiry__f74747_idx ON public.certifications_cycle USING btree (expiry_date);


--
-- Name: certifications_calendarfeed_token_hash_466a9d42_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX certifications_calendarfeed_token_hash_466a9d42_like ON public.certifications_calendarfeed USING btree (token_hash varchar_pattern_ops);


--
-- Name: certifications_certificate_not_renewing_decided_by_id_5c8eae5b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX certifications_certificate_not_renewing_decided_by_id_5c8eae5b ON public.certifications_certificate USING btree (not_renewing_decided_by_id);


--
-- Name: certifications_certificate_not_renewing_decided_by_id_953c5946; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX certifications_certificate_not_renewing_decided_by_id_953c5946 ON public.certifications_certificateevent USING btree (not_renewing_decided_by_id);


--
-- Name: certifications_certificate_responsible_id_7def6283; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX certifications_certificate_responsible_id_7def6283 ON public.certifications_certificate USING btree (responsible_id);


--
-- Name: certifications_certificate_units_certificate_id_2c761f85; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX certifications_certificate_units_certificate_id_2c761f85 ON public.certifications_certificate_units USING btree (certificate_id);


--
-- Name: certifications_certificate_units_organisationunit_id_546c9f3e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX certifications_certificate_units_organisationunit_id_546c9f3e ON public.certifications_certificate_units USING btree (organisationunit_id);


--
-- Name: certifications_certificateevent_pgh_context_id_facfb591; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX certifications_certificateevent_pgh_context_id_facfb591 ON public.certifications_certificateevent USING btree (pgh_context_id);


--
-- Name: certifications_certificateevent_pgh_obj_id_44f1c686; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX certifications_certificateevent_pgh_obj_id_44f1c686 ON public.certifications_certificateevent USING btree (pgh_obj_id);


--
-- Name: certifications_certificateevent_responsible_id_846bb341; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX certifications_certificateevent_responsible_id_846bb341 ON public.certifications_certificateevent USING btree (responsible_id);


--
-- Name: certifications_certificateevent_standard_id_79fc13fa; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX certifications_certificateevent_standard_id_79fc13fa ON public.certifications_certificateevent USING btree (standard_id);


--
-- Name: certifications_cycle_certificate_id_ebf077ec; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX certifications_cycle_certificate_id_ebf077ec ON public.certifications_cycle USING btree (certificate_id);


--
-- Name: certifications_cycleevent_audit_content_type_id_667a8c88; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX certifications_cycleevent_audit_content_type_id_667a8c88 ON public.certifications_cycleevent USING btree (audit_content_type_id);


--
-- Name: certifications_cycleevent_cycle_id_b8b3031a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX certifications_cycleevent_cycle_id_b8b3031a ON public.certifications_cycleevent USING btree (cycle_id);


--
-- Name: certifications_cycleevent_template_id_2fbd1fe0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX certifications_cycleevent_template_id_2fbd1fe0 ON public.certifications_cycleevent USING btree (template_id);


--
-- Name: certifications_cycleeventevent_audit_content_type_id_c71d6f4e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX certifications_cycleeventevent_audit_content_type_id_c71d6f4e ON public.certifications_cycleeventevent USING btree (audit_content_type_id);


--
-- Name: certifications_cycleeventevent_cycle_id_1a19036d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX certifications_cycleeventevent_cycle_id_1a19036d ON public.certifications_cycleeventevent USING btree (cycle_id);


--
-- Name: certifications_cycleeventevent_pgh_context_id_023709ab; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX certifications_cycleeventevent_pgh_context_id_023709ab ON public.certifications_cycleeventevent USING btree (pgh_context_id);


--
-- Name: certifications_cycleeventevent_pgh_obj_id_d81c931a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX certifications_cycleeventevent_pgh_obj_id_d81c931a ON public.certifications_cycleeventevent USING btree (pgh_obj_id);


--
-- Name: certifications_cycleeventevent_template_id_c379405e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX certifications_cycleeventevent_template_id_c379405e ON public.certifications_cycleeventevent USING btree (template_id);


--
-- Name: certifications_cyclehistoryevent_certificate_id_86f2bd3d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX certifications_cyclehistoryevent_certificate_id_86f2bd3d ON public.certifications_cyclehistoryevent USING btree (certificate_id);


--
-- Name: certifications_cyclehistoryevent_pgh_context_id_0bb63d50; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX certifications_cyclehistoryevent_pgh_context_id_0bb63d50 ON public.certifications_cyclehistoryevent USING btree (pgh_context_id);


--
-- Name: certifications_cyclehistoryevent_pgh_obj_id_51d3e473; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX certifications_cyclehistoryevent_pgh_obj_id_51d3e473 ON public.certifications_cyclehistoryevent USING btree (pgh_obj_id);


--
-- Name: certifications_cyclehistoryevent_previous_id_48c42e83; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX certifications_cyclehistoryevent_previous_id_48c42e83 ON public.certifications_cyclehistoryevent USING btree (previous_id);


--
-- Name: certifications_eventtemplate_standard_id_17513100; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX certifications_eventtemplate_standard_id_17513100 ON public.certifications_eventtemplate USING btree (standard_id);


--
-- Name: certifications_evidenceitem_copied_from_id_c6a0006f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX certifications_evidenceitem_copied_from_id_c6a0006f ON public.certifications_evidenceitem USING btree (copied_from_id);


--
-- Name: certifications_evidenceitem_cycle_id_9aa63512; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX certifications_evidenceitem_cycle_id_9aa63512 ON public.certifications_evidenceitem USING btree (cycle_id);


--
-- Name: certifications_evidenceitem_done_by_id_a867b19c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX certifications_evidenceitem_done_by_id_a867b19c ON public.certifications_evidenceitem USING btree (done_by_id);


--
-- Name: certifications_evidenceitemevent_copied_from_id_47aa58a7; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX certifications_evidenceitemevent_copied_from_id_47aa58a7 ON public.certifications_evidenceitemevent USING btree (copied_from_id);


--
-- Name: certifications_evidenceitemevent_cycle_id_8a303952; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX certifications_evidenceitemevent_cycle_id_8a303952 ON public.certifications_evidenceitemevent USING btree (cycle_id);


--
-- Name: certifications_evidenceitemevent_done_by_id_39b7db55; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX certifications_evidenceitemevent_done_by_id_39b7db55 ON public.certifications_evidenceitemevent USING btree (done_by_id);


--
-- Name: certifications_evidenceitemevent_pgh_context_id_6628b134; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX certifications_evidenceitemevent_pgh_context_id_6628b134 ON public.certifications_evidenceitemevent USING btree (pgh_context_id);


--
-- Name: certifications_evidenceitemevent_pgh_obj_id_fbd1b8a7; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX certifications_evidenceitemevent_pgh_obj_id_fbd1b8a7 ON public.certifications_evidenceitemevent USING btree (pgh_obj_id);


--
-- Name: certifications_evidencetemplate_standard_id_2de18012; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX certifications_evidencetemplate_standard_id_2de18012 ON public.certifications_evidencetemplate USING btree (standard_id);


--
-- Name: certifications_sentreminder_cycle_id_55d66a0b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX certifications_sentreminder_cycle_id_55d66a0b ON public.certifications_sentreminder USING btree (cycle_id);


--
-- Name: certifications_sentreminder_event_id_e89eb01f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX certifications_sentreminder_event_id_e89eb01f ON public.certifications_sentreminder USING btree (event_id);


--
-- Name: certifications_standard_code_3fed2445_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX certifications_standard_code_3fed2445_like ON public.certifications_standard USING btree (code varchar_pattern_ops);


--
-- Name: certifications_standardevent_pgh_context_id_938b0ba0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX certifications_standardevent_pgh_context_id_938b0ba0 ON public.certifications_standardevent USING btree (pgh_context_id);


--
-- Name: certifications_standardevent_pgh_obj_id_890f1cc0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX certifications_standardevent_pgh_obj_id_890f1cc0 ON public.certifications_standardevent USING btree (pgh_obj_id);


--
-- Name: cycle_event_open_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cycle_event_open_idx ON public.certifications_cycleevent USING btree (planned_date) WHERE (actual_date IS NULL);


--
-- Name: cycle_event_reminding_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cycle_event_reminding_idx ON public.certifications_cycleevent USING btree (planned_date, id) WHERE ((actual_date IS NULL) AND reminding);


--
-- Name: delivered_obj_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX delivered_obj_idx ON public.records_deliveredrecord USING btree (content_type_id, object_id);


--
-- Name: deviation_category_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviation_category_idx ON public.deviations_deviation USING btree (category_id, created_at DESC);


--
-- Name: deviation_confidential_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviation_confidential_idx ON public.deviations_deviation USING btree (created_at DESC) WHERE is_confidential;


--
-- Name: deviation_created_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviation_created_idx ON public.deviations_deviation USING btree (created_at DESC, id DESC);


--
-- Name: deviation_effect_due_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviation_effect_due_idx ON public.deviations_deviation USING btree (effect_check_due) WHERE ((effect_check_due IS NOT NULL) AND (effect_checked_at IS NULL));


--
-- Name: deviation_investigator_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviation_investigator_idx ON public.deviations_deviation USING btree (investigator_id, created_at DESC);


--
-- Name: deviation_occurred_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviation_occurred_idx ON public.deviations_deviation USING btree (occurred_at DESC, id DESC);


--
-- Name: deviation_previous_number_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviation_previous_number_idx ON public.deviations_deviation USING btree (upper((previous_number)::text)) WHERE (NOT ((previous_number)::text = ''::text));


--
-- Name: deviation_reporter_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviation_reporter_idx ON public.deviations_deviation USING btree (reported_by_id, created_at DESC);


--
-- Name: deviation_risk_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviation_risk_idx ON public.deviations_deviation USING btree (risk_score, created_at DESC);


--
-- Name: deviation_search_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviation_search_idx ON public.deviations_deviation USING gin (search);


--
-- Name: deviation_similar_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviation_similar_idx ON public.deviations_deviation USING btree (unit_id, category_id, occurred_at DESC);


--
-- Name: deviation_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviation_status_idx ON public.deviations_deviation USING btree (status, created_at DESC, id DESC);


--
-- Name: deviation_tally_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviation_tally_idx ON public.deviations_deviationtally USING btree (unit_id, kind, month);


--
-- Name: deviation_tally_own_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviation_tally_own_idx ON public.deviations_deviationtally USING btree (unit_id, month) INCLUDE (is_confidential, count) WHERE (((kind)::text = 'new'::text) AND (NOT subtree));


--
-- Name: deviation_tally_own_month_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviation_tally_own_month_idx ON public.deviations_deviationtally USING btree (month, unit_id) INCLUDE (is_confidential, count) WHERE (((kind)::text = 'new'::text) AND (NOT subtree));


--
-- Name: deviation_unit_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviation_unit_idx ON public.deviations_deviation USING btree (unit_id, created_at DESC, id DESC);


--
-- Name: deviations__address_3f71a8_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations__address_3f71a8_idx ON public.deviations_submissionattempt USING btree (address_hash, at);


--
-- Name: deviations__deviati_31ffd4_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations__deviati_31ffd4_idx ON public.deviations_confidentialread USING btree (deviation_id, at DESC);


--
-- Name: deviations_accessibilitystatementevent_pgh_context_id_73a26679; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_accessibilitystatementevent_pgh_context_id_73a26679 ON public.deviations_accessibilitystatementevent USING btree (pgh_context_id);


--
-- Name: deviations_accessibilitystatementevent_pgh_obj_id_9d675624; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_accessibilitystatementevent_pgh_obj_id_9d675624 ON public.deviations_accessibilitystatementevent USING btree (pgh_obj_id);


--
-- Name: deviations_action_created_by_id_68b64c30; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_action_created_by_id_68b64c30 ON public.deviations_action USING btree (created_by_id);


--
-- Name: deviations_action_verified_by_id_e81852bb; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_action_verified_by_id_e81852bb ON public.deviations_action USING btree (verified_by_id);


--
-- Name: deviations_actionevent_content_type_id_c701bb52; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_actionevent_content_type_id_c701bb52 ON public.deviations_actionevent USING btree (content_type_id);


--
-- Name: deviations_actionevent_created_by_id_ce224a6a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_actionevent_created_by_id_ce224a6a ON public.deviations_actionevent USING btree (created_by_id);


--
-- Name: deviations_actionevent_owner_id_1364ebb2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_actionevent_owner_id_1364ebb2 ON public.deviations_actionevent USING btree (owner_id);


--
-- Name: deviations_actionevent_pgh_context_id_57a19005; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_actionevent_pgh_context_id_57a19005 ON public.deviations_actionevent USING btree (pgh_context_id);


--
-- Name: deviations_actionevent_pgh_obj_id_610b61fd; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_actionevent_pgh_obj_id_610b61fd ON public.deviations_actionevent USING btree (pgh_obj_id);


--
-- Name: deviations_actionevent_unit_id_1e166534; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_actionevent_unit_id_1e166534 ON public.deviations_actionevent USING btree (unit_id);


--
-- Name: deviations_actionevent_verified_by_id_24520e90; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_actionevent_verified_by_id_24520e90 ON public.deviations_actionevent USING btree (verified_by_id);


--
-- Name: deviations_attachment_deviation_id_d49be473; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_attachment_deviation_id_d49be473 ON public.deviations_attachment USING btree (deviation_id);


--
-- Name: deviations_attachment_uploaded_by_id_e68f49c6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_attachment_uploaded_by_id_e68f49c6 ON public.deviations_attachment USING btree (uploaded_by_id);


--
-- Name: deviations_attachmentevent_deviation_id_a2b2a1d8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_attachmentevent_deviation_id_a2b2a1d8 ON public.deviations_attachmentevent USING btree (deviation_id);


--
-- Name: deviations_attachmentevent_pgh_context_id_10fa2271; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_attachmentevent_pgh_context_id_10fa2271 ON public.deviations_attachmentevent USING btree (pgh_context_id);


--
-- Name: deviations_attachmentevent_pgh_obj_id_f5720e8c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_attachmentevent_pgh_obj_id_f5720e8c ON public.deviations_attachmentevent USING btree (pgh_obj_id);


--
-- Name: deviations_attachmentevent_uploaded_by_id_623ce466; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_attachmentevent_uploaded_by_id_623ce466 ON public.deviations_attachmentevent USING btree (uploaded_by_id);


--
-- Name: deviations_casecounter_organisation_id_57f062ef; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_casecounter_organisation_id_57f062ef ON public.deviations_casecounter USING btree (organisation_id);


--
-- Name: deviations_category_parent_id_8323d891; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_category_parent_id_8323d891 ON public.deviations_category USING btree (parent_id);


--
-- Name: deviations_categoryevent_parent_id_8f4ef31b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_categoryevent_parent_id_8f4ef31b ON public.deviations_categoryevent USING btree (parent_id);


--
-- Name: deviations_categoryevent_pgh_context_id_a6f2b670; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_categoryevent_pgh_context_id_a6f2b670 ON public.deviations_categoryevent USING btree (pgh_context_id);


--
-- Name: deviations_categoryevent_pgh_obj_id_ce2224e5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_categoryevent_pgh_obj_id_ce2224e5 ON public.deviations_categoryevent USING btree (pgh_obj_id);


--
-- Name: deviations_categorysensitivitydecision_category_id_e74744f8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_categorysensitivitydecision_category_id_e74744f8 ON public.deviations_categorysensitivitydecision USING btree (category_id);


--
-- Name: deviations_categorysensitivitydecision_decided_by_id_92447e3d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_categorysensitivitydecision_decided_by_id_92447e3d ON public.deviations_categorysensitivitydecision USING btree (decided_by_id);


--
-- Name: deviations_comment_author_id_3822c869; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_comment_author_id_3822c869 ON public.deviations_comment USING btree (author_id);


--
-- Name: deviations_comment_deviation_id_c0ac3d29; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_comment_deviation_id_c0ac3d29 ON public.deviations_comment USING btree (deviation_id);


--
-- Name: deviations_commentevent_author_id_77a2d80c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_commentevent_author_id_77a2d80c ON public.deviations_commentevent USING btree (author_id);


--
-- Name: deviations_commentevent_deviation_id_c62dc034; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_commentevent_deviation_id_c62dc034 ON public.deviations_commentevent USING btree (deviation_id);


--
-- Name: deviations_commentevent_pgh_context_id_977a3917; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_commentevent_pgh_context_id_977a3917 ON public.deviations_commentevent USING btree (pgh_context_id);


--
-- Name: deviations_commentevent_pgh_obj_id_9c46f9fd; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_commentevent_pgh_obj_id_9c46f9fd ON public.deviations_commentevent USING btree (pgh_obj_id);


--
-- Name: deviations_confidentialread_deviation_id_f68e1cca; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_confidentialread_deviation_id_f68e1cca ON public.deviations_confidentialread USING btree (deviation_id);


--
-- Name: deviations_confidentialread_user_id_a111845c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_confidentialread_user_id_a111845c ON public.deviations_confidentialread USING btree (user_id);


--
-- Name: deviations_deviation_requirement_id_145fab2b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_deviation_requirement_id_145fab2b ON public.deviations_deviation USING btree (requirement_id);


--
-- Name: deviations_deviation_supplier_id_9658352e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_deviation_supplier_id_9658352e ON public.deviations_deviation USING btree (supplier_id);


--
-- Name: deviations_deviationevent_category_id_79f64d88; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_deviationevent_category_id_79f64d88 ON public.deviations_deviationevent USING btree (category_id);


--
-- Name: deviations_deviationevent_investigator_id_b8cc76ac; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_deviationevent_investigator_id_b8cc76ac ON public.deviations_deviationevent USING btree (investigator_id);


--
-- Name: deviations_deviationevent_organisation_id_68419a8a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_deviationevent_organisation_id_68419a8a ON public.deviations_deviationevent USING btree (organisation_id);


--
-- Name: deviations_deviationevent_pgh_context_id_bedea5f4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_deviationevent_pgh_context_id_bedea5f4 ON public.deviations_deviationevent USING btree (pgh_context_id);


--
-- Name: deviations_deviationevent_pgh_obj_id_4bb0b805; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_deviationevent_pgh_obj_id_4bb0b805 ON public.deviations_deviationevent USING btree (pgh_obj_id);


--
-- Name: deviations_deviationevent_reported_by_id_b56d3230; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_deviationevent_reported_by_id_b56d3230 ON public.deviations_deviationevent USING btree (reported_by_id);


--
-- Name: deviations_deviationevent_requirement_id_c4ba1a11; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_deviationevent_requirement_id_c4ba1a11 ON public.deviations_deviationevent USING btree (requirement_id);


--
-- Name: deviations_deviationevent_supplier_id_6f6c7c29; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_deviationevent_supplier_id_6f6c7c29 ON public.deviations_deviationevent USING btree (supplier_id);


--
-- Name: deviations_deviationevent_unit_id_aed5682c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_deviationevent_unit_id_aed5682c ON public.deviations_deviationevent USING btree (unit_id);


--
-- Name: deviations_deviationtally_category_id_384079b5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_deviationtally_category_id_384079b5 ON public.deviations_deviationtally USING btree (category_id);


--
-- Name: deviations_deviationtally_unit_id_fe1ef6c5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_deviationtally_unit_id_fe1ef6c5 ON public.deviations_deviationtally USING btree (unit_id);


--
-- Name: deviations_export_requested_by_id_0460528a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_export_requested_by_id_0460528a ON public.deviations_export USING btree (requested_by_id);


--
-- Name: deviations_exportevent_pgh_context_id_4d95f7f4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_exportevent_pgh_context_id_4d95f7f4 ON public.deviations_exportevent USING btree (pgh_context_id);


--
-- Name: deviations_exportevent_pgh_obj_id_a8f9953a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_exportevent_pgh_obj_id_a8f9953a ON public.deviations_exportevent USING btree (pgh_obj_id);


--
-- Name: deviations_exportevent_requested_by_id_b5268e81; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_exportevent_requested_by_id_b5268e81 ON public.deviations_exportevent USING btree (requested_by_id);


--
-- Name: deviations_feedback_answered_by_id_c916e146; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_feedback_answered_by_id_c916e146 ON public.deviations_feedback USING btree (answered_by_id);


--
-- Name: deviations_feedback_assignee_id_aa8db84e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_feedback_assignee_id_aa8db84e ON public.deviations_feedback USING btree (assignee_id);


--
-- Name: deviations_feedback_deviation_id_5f06efe7; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_feedback_deviation_id_5f06efe7 ON public.deviations_feedback USING btree (deviation_id);


--
-- Name: deviations_feedback_organisation_id_d6b0e4aa; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_feedback_organisation_id_d6b0e4aa ON public.deviations_feedback USING btree (organisation_id);


--
-- Name: deviations_feedback_tracking_token_hash_c3c10d25_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_feedback_tracking_token_hash_c3c10d25_like ON public.deviations_feedback USING btree (tracking_token_hash varchar_pattern_ops);


--
-- Name: deviations_feedback_unit_id_dfd163b9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_feedback_unit_id_dfd163b9 ON public.deviations_feedback USING btree (unit_id);


--
-- Name: deviations_feedbackevent_answered_by_id_732f02f8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_feedbackevent_answered_by_id_732f02f8 ON public.deviations_feedbackevent USING btree (answered_by_id);


--
-- Name: deviations_feedbackevent_assignee_id_4936d429; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_feedbackevent_assignee_id_4936d429 ON public.deviations_feedbackevent USING btree (assignee_id);


--
-- Name: deviations_feedbackevent_deviation_id_5ab9a6c2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_feedbackevent_deviation_id_5ab9a6c2 ON public.deviations_feedbackevent USING btree (deviation_id);


--
-- Name: deviations_feedbackevent_organisation_id_dea0b969; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_feedbackevent_organisation_id_dea0b969 ON public.deviations_feedbackevent USING btree (organisation_id);


--
-- Name: deviations_feedbackevent_pgh_context_id_c8d3e44a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_feedbackevent_pgh_context_id_c8d3e44a ON public.deviations_feedbackevent USING btree (pgh_context_id);


--
-- Name: deviations_feedbackevent_pgh_obj_id_e1f4baaa; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_feedbackevent_pgh_obj_id_e1f4baaa ON public.deviations_feedbackevent USING btree (pgh_obj_id);


--
-- Name: deviations_feedbackevent_unit_id_bd432f28; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_feedbackevent_unit_id_bd432f28 ON public.deviations_feedbackevent USING btree (unit_id);


--
-- Name: deviations_feedbackpolicyevent_organisation_id_f3a62495; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_feedbackpolicyevent_organisation_id_f3a62495 ON public.deviations_feedbackpolicyevent USING btree (organisation_id);


--
-- Name: deviations_feedbackpolicyevent_pgh_context_id_1abb7f46; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_feedbackpolicyevent_pgh_context_id_1abb7f46 ON public.deviations_feedbackpolicyevent USING btree (pgh_context_id);


--
-- Name: deviations_feedbackpolicyevent_pgh_obj_id_0938b645; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_feedbackpolicyevent_pgh_obj_id_0938b645 ON public.deviations_feedbackpolicyevent USING btree (pgh_obj_id);


--
-- Name: deviations_legaltrack_assessed_by_id_158d3e7a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_legaltrack_assessed_by_id_158d3e7a ON public.deviations_legaltrack USING btree (assessed_by_id);


--
-- Name: deviations_legaltrack_deviation_id_46f2b65f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_legaltrack_deviation_id_46f2b65f ON public.deviations_legaltrack USING btree (deviation_id);


--
-- Name: deviations_legaltrack_flagged_by_id_9723a9a6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_legaltrack_flagged_by_id_9723a9a6 ON public.deviations_legaltrack USING btree (flagged_by_id);


--
-- Name: deviations_legaltrackevent_assessed_by_id_8800eeb1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_legaltrackevent_assessed_by_id_8800eeb1 ON public.deviations_legaltrackevent USING btree (assessed_by_id);


--
-- Name: deviations_legaltrackevent_deviation_id_1d17a5c5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_legaltrackevent_deviation_id_1d17a5c5 ON public.deviations_legaltrackevent USING btree (deviation_id);


--
-- Name: deviations_legaltrackevent_flagged_by_id_910c63f2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_legaltrackevent_flagged_by_id_910c63f2 ON public.deviations_legaltrackevent USING btree (flagged_by_id);


--
-- Name: deviations_legaltrackevent_pgh_context_id_50b1c5d0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_legaltrackevent_pgh_context_id_50b1c5d0 ON public.deviations_legaltrackevent USING btree (pgh_context_id);


--
-- Name: deviations_legaltrackevent_pgh_obj_id_7f50fead; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_legaltrackevent_pgh_obj_id_7f50fead ON public.deviations_legaltrackevent USING btree (pgh_obj_id);


--
-- Name: deviations_legaltrackrule_kind_2b8052ae_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_legaltrackrule_kind_2b8052ae_like ON public.deviations_legaltrackrule USING btree (kind varchar_pattern_ops);


--
-- Name: deviations_legaltrackruleevent_pgh_context_id_080e6922; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_legaltrackruleevent_pgh_context_id_080e6922 ON public.deviations_legaltrackruleevent USING btree (pgh_context_id);


--
-- Name: deviations_legaltrackruleevent_pgh_obj_id_23c75cda; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_legaltrackruleevent_pgh_obj_id_23c75cda ON public.deviations_legaltrackruleevent USING btree (pgh_obj_id);


--
-- Name: deviations_publicactivityevent_pgh_context_id_9d66ad6d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_publicactivityevent_pgh_context_id_9d66ad6d ON public.deviations_publicactivityevent USING btree (pgh_context_id);


--
-- Name: deviations_publicactivityevent_pgh_obj_id_e7c475c2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_publicactivityevent_pgh_obj_id_e7c475c2 ON public.deviations_publicactivityevent USING btree (pgh_obj_id);


--
-- Name: deviations_publicactivityevent_unit_id_63c0286d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_publicactivityevent_unit_id_63c0286d ON public.deviations_publicactivityevent USING btree (unit_id);


--
-- Name: deviations_requirement_owner_unit_id_bbc83884; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_requirement_owner_unit_id_bbc83884 ON public.deviations_requirement USING btree (owner_unit_id);


--
-- Name: deviations_requirementevent_owner_unit_id_09aeabb2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_requirementevent_owner_unit_id_09aeabb2 ON public.deviations_requirementevent USING btree (owner_unit_id);


--
-- Name: deviations_requirementevent_pgh_context_id_e587fffb; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_requirementevent_pgh_context_id_e587fffb ON public.deviations_requirementevent USING btree (pgh_context_id);


--
-- Name: deviations_requirementevent_pgh_obj_id_9273a8ef; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_requirementevent_pgh_obj_id_9273a8ef ON public.deviations_requirementevent USING btree (pgh_obj_id);


--
-- Name: deviations_savedfilter_user_id_a08b68c1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_savedfilter_user_id_a08b68c1 ON public.deviations_savedfilter USING btree (user_id);


--
-- Name: deviations_suggestion_decided_by_id_d474c1ab; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_suggestion_decided_by_id_d474c1ab ON public.deviations_suggestion USING btree (decided_by_id);


--
-- Name: deviations_suggestion_organisation_id_1e880482; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_suggestion_organisation_id_1e880482 ON public.deviations_suggestion USING btree (organisation_id);


--
-- Name: deviations_suggestion_submitted_by_id_930aa497; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_suggestion_submitted_by_id_930aa497 ON public.deviations_suggestion USING btree (submitted_by_id);


--
-- Name: deviations_suggestion_unit_id_842f195b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_suggestion_unit_id_842f195b ON public.deviations_suggestion USING btree (unit_id);


--
-- Name: deviations_suggestionevent_decided_by_id_f2f933ee; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_suggestionevent_decided_by_id_f2f933ee ON public.deviations_suggestionevent USING btree (decided_by_id);


--
-- Name: deviations_suggestionevent_organisation_id_80a17647; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_suggestionevent_organisation_id_80a17647 ON public.deviations_suggestionevent USING btree (organisation_id);


--
-- Name: deviations_suggestionevent_pgh_context_id_eeb1135f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_suggestionevent_pgh_context_id_eeb1135f ON public.deviations_suggestionevent USING btree (pgh_context_id);


--
-- Name: deviations_suggestionevent_pgh_obj_id_9da9e557; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_suggestionevent_pgh_obj_id_9da9e557 ON public.deviations_suggestionevent USING btree (pgh_obj_id);


--
-- Name: deviations_suggestionevent_submitted_by_id_4899a139; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_suggestionevent_submitted_by_id_4899a139 ON public.deviations_suggestionevent USING btree (submitted_by_id);


--
-- Name: deviations_suggestionevent_unit_id_01c9e3d8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_suggestionevent_unit_id_01c9e3d8 ON public.deviations_suggestionevent USING btree (unit_id);


--
-- Name: deviations_supplier_name_f25f8b82_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_supplier_name_f25f8b82_like ON public.deviations_supplier USING btree (name varchar_pattern_ops);


--
-- Name: deviations_supplierevent_pgh_context_id_1b4c395e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_supplierevent_pgh_context_id_1b4c395e ON public.deviations_supplierevent USING btree (pgh_context_id);


--
-- Name: deviations_supplierevent_pgh_obj_id_95ce1a70; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deviations_supplierevent_pgh_obj_id_95ce1a70 ON public.deviations_supplierevent USING btree (pgh_obj_id);


--
-- Name: django_admin_log_content_type_id_c4bce8eb; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX django_admin_log_content_type_id_c4bce8eb ON public.django_admin_log USING btree (content_type_id);


--
-- Name: django_admin_log_user_id_c564eba6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX django_admin_log_user_id_c564eba6 ON public.django_admin_log USING btree (user_id);


--
-- Name: django_celery_beat_periodictask_clocked_id_47a69f82; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX django_celery_beat_periodictask_clocked_id_47a69f82 ON public.django_celery_beat_periodictask USING btree (clocked_id);


--
-- Name: django_celery_beat_periodictask_crontab_id_d3cba168; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX django_celery_beat_periodictask_crontab_id_d3cba168 ON public.django_celery_beat_periodictask USING btree (crontab_id);


--
-- Name: django_celery_beat_periodictask_interval_id_a8ca27da; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX django_celery_beat_periodictask_interval_id_a8ca27da ON public.django_celery_beat_periodictask USING btree (interval_id);


--
-- Name: django_celery_beat_periodictask_name_265a36b7_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX django_celery_beat_periodictask_name_265a36b7_like ON public.django_celery_beat_periodictask USING btree (name varchar_pattern_ops);


--
-- Name: django_celery_beat_periodictask_solar_id_a87ce72c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX django_celery_beat_periodictask_solar_id_a87ce72c ON public.django_celery_beat_periodictask USING btree (solar_id);


--
-- Name: django_session_expire_date_a5c62663; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX django_session_expire_date_a5c62663 ON public.django_session USING btree (expire_date);


--
-- Name: django_session_session_key_c0390e0f_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX django_session_session_key_c0390e0f_like ON public.django_session USING btree (session_key varchar_pattern_ops);


--
-- Name: feedback_created_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feedback_created_idx ON public.deviations_feedback USING btree (created_at DESC, id DESC);


--
-- Name: feedback_open_due_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feedback_open_due_idx ON public.deviations_feedback USING btree (due_date) WHERE ((status)::text = ANY ((ARRAY['received'::character varying, 'in_progress'::character varying])::text[]));


--
-- Name: feedback_text_trgm_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feedback_text_trgm_idx ON public.deviations_feedback USING gin (upper(text) public.gin_trgm_ops);


--
-- Name: feedback_unit_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feedback_unit_idx ON public.deviations_feedback USING btree (unit_id, status, due_date);


--
-- Name: identity_grantedmembership_mapping_id_ff4ebaa6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX identity_grantedmembership_mapping_id_ff4ebaa6 ON public.identity_grantedmembership USING btree (mapping_id);


--
-- Name: identity_linkedidentityevent_pgh_context_id_5c961fbe; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX identity_linkedidentityevent_pgh_context_id_5c961fbe ON public.identity_linkedidentityevent USING btree (pgh_context_id);


--
-- Name: identity_linkedidentityevent_pgh_obj_id_b794f888; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX identity_linkedidentityevent_pgh_obj_id_b794f888 ON public.identity_linkedidentityevent USING btree (pgh_obj_id);


--
-- Name: identity_linkedidentityevent_user_id_df0afc2b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX identity_linkedidentityevent_user_id_df0afc2b ON public.identity_linkedidentityevent USING btree (user_id);


--
-- Name: identity_ro_claim_d1beda_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX identity_ro_claim_d1beda_idx ON public.identity_rolemapping USING btree (claim, value);


--
-- Name: identity_rolemapping_created_by_id_41feac7f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX identity_rolemapping_created_by_id_41feac7f ON public.identity_rolemapping USING btree (created_by_id);


--
-- Name: identity_rolemapping_unit_id_f27c2f19; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX identity_rolemapping_unit_id_f27c2f19 ON public.identity_rolemapping USING btree (unit_id);


--
-- Name: identity_rolemappingevent_created_by_id_7435c40d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX identity_rolemappingevent_created_by_id_7435c40d ON public.identity_rolemappingevent USING btree (created_by_id);


--
-- Name: identity_rolemappingevent_pgh_context_id_a89c8d53; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX identity_rolemappingevent_pgh_context_id_a89c8d53 ON public.identity_rolemappingevent USING btree (pgh_context_id);


--
-- Name: identity_rolemappingevent_pgh_obj_id_8d3d4e89; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX identity_rolemappingevent_pgh_obj_id_8d3d4e89 ON public.identity_rolemappingevent USING btree (pgh_obj_id);


--
-- Name: identity_rolemappingevent_unit_id_019b714c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX identity_rolemappingevent_unit_id_019b714c ON public.identity_rolemappingevent USING btree (unit_id);


--
-- Name: identity_se_expires_3f5137_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX identity_se_expires_3f5137_idx ON public.identity_seentoken USING btree (expires_at);


--
-- Name: importjob_owner_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX importjob_owner_idx ON public.imports_importjob USING btree (created_by_id, created_at DESC);


--
-- Name: importproblem_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX importproblem_idx ON public.imports_importproblem USING btree (job_id, is_warning, "row", id);


--
-- Name: imports_columnmapping_updated_by_id_5a6c9b20; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX imports_columnmapping_updated_by_id_5a6c9b20 ON public.imports_columnmapping USING btree (updated_by_id);


--
-- Name: imports_importedmanagerrole_job_id_60dd5307; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX imports_importedmanagerrole_job_id_60dd5307 ON public.imports_importedmanagerrole USING btree (job_id);


--
-- Name: imports_importjob_created_by_id_6db31ede; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX imports_importjob_created_by_id_6db31ede ON public.imports_importjob USING btree (created_by_id);


--
-- Name: imports_importjob_place_under_id_44d87a98; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX imports_importjob_place_under_id_44d87a98 ON public.imports_importjob USING btree (place_under_id);


--
-- Name: imports_importproblem_job_id_2b93cc6e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX imports_importproblem_job_id_2b93cc6e ON public.imports_importproblem USING btree (job_id);


--
-- Name: imports_legacyrecord_action_id_1802fd5f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX imports_legacyrecord_action_id_1802fd5f ON public.imports_legacyrecord USING btree (action_id);


--
-- Name: imports_legacyrecord_deviation_id_7a792d90; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX imports_legacyrecord_deviation_id_7a792d90 ON public.imports_legacyrecord USING btree (deviation_id);


--
-- Name: imports_legacyrecord_job_id_75930cfc; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX imports_legacyrecord_job_id_75930cfc ON public.imports_legacyrecord USING btree (job_id);


--
-- Name: legal_hold_obj_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX legal_hold_obj_idx ON public.records_legalhold USING btree (content_type_id, object_id);


--
-- Name: legal_hold_one_active; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX legal_hold_one_active ON public.records_legalhold USING btree (content_type_id, object_id) WHERE (lifted_at IS NULL);


--
-- Name: legal_track_running_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX legal_track_running_idx ON public.deviations_legaltrack USING btree (deadline) WHERE ((status)::text = ANY ((ARRAY['flagged'::character varying, 'to_report'::character varying])::text[]));


--
-- Name: mfa_authenticator_user_id_0c3a50c0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mfa_authenticator_user_id_0c3a50c0 ON public.mfa_authenticator USING btree (user_id);


--
-- Name: notification_digest_wait_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX notification_digest_wait_idx ON public.qms_notification USING btree (delivery, created_at) WHERE ((digest_id IS NULL) AND ((delivery)::text = ANY ((ARRAY['daily'::character varying, 'weekly'::character varying])::text[])));


--
-- Name: notification_recipient_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX notification_recipient_idx ON public.qms_notification USING btree (recipient_id, created_at DESC);


--
-- Name: notification_unread_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX notification_unread_idx ON public.qms_notification USING btree (recipient_id, created_at DESC) WHERE (read_at IS NULL);


--
-- Name: orgunit_depth_path_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX orgunit_depth_path_idx ON public.qms_organisationunit USING btree (depth, path);


--
-- Name: orgunit_path_prefix_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX orgunit_path_prefix_idx ON public.qms_organisationunit USING btree (path varchar_pattern_ops);


--
-- Name: outgoing_email_event_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX outgoing_email_event_idx ON public.qms_outgoingemail USING btree (event varchar_pattern_ops);


--
-- Name: outgoing_email_pending_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX outgoing_email_pending_idx ON public.qms_outgoingemail USING btree (created_at) WHERE ((status)::text = 'pending'::text);


--
-- Name: outgoing_email_sending_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX outgoing_email_sending_idx ON public.qms_outgoingemail USING btree (claimed_at) WHERE ((status)::text = 'sending'::text);


--
-- Name: patient_safety_report_once_a_year; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX patient_safety_report_once_a_year ON public.reviews_patientsafetyreport USING btree (unit_id, year) WHERE (revision_of_id IS NULL);


--
-- Name: proposal_item_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX proposal_item_idx ON public.records_proposalitem USING btree (proposal_id, status, record_type);


--
-- Name: proposal_item_pending_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX proposal_item_pending_idx ON public.records_proposalitem USING btree (record_type, object_id) WHERE ((status)::text = 'pending'::text);


--
-- Name: provisionin_display_132fa6_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX provisionin_display_132fa6_idx ON public.provisioning_scimgroup USING btree (display_name);


--
-- Name: provisionin_user_id_10c5f0_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX provisionin_user_id_10c5f0_idx ON public.provisioning_scimgroupmember USING btree (user_id);


--
-- Name: provisioning_scimclient_created_by_id_42208518; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX provisioning_scimclient_created_by_id_42208518 ON public.provisioning_scimclient USING btree (created_by_id);


--
-- Name: provisioning_scimclient_name_07cfed5c_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX provisioning_scimclient_name_07cfed5c_like ON public.provisioning_scimclient USING btree (name varchar_pattern_ops);


--
-- Name: provisioning_scimclient_token_hash_f0f1a7b7_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX provisioning_scimclient_token_hash_f0f1a7b7_like ON public.provisioning_scimclient USING btree (token_hash varchar_pattern_ops);


--
-- Name: provisioning_scimclientevent_created_by_id_74fd3a84; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX provisioning_scimclientevent_created_by_id_74fd3a84 ON public.provisioning_scimclientevent USING btree (created_by_id);


--
-- Name: provisioning_scimclientevent_pgh_context_id_8946ef87; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX provisioning_scimclientevent_pgh_context_id_8946ef87 ON public.provisioning_scimclientevent USING btree (pgh_context_id);


--
-- Name: provisioning_scimclientevent_pgh_obj_id_3000f15c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX provisioning_scimclientevent_pgh_obj_id_3000f15c ON public.provisioning_scimclientevent USING btree (pgh_obj_id);


--
-- Name: provisioning_scimgroup_client_id_057d58dc; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX provisioning_scimgroup_client_id_057d58dc ON public.provisioning_scimgroup USING btree (client_id);


--
-- Name: provisioning_scimgroupmember_group_id_22911113; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX provisioning_scimgroupmember_group_id_22911113 ON public.provisioning_scimgroupmember USING btree (group_id);


--
-- Name: provisioning_scimgroupmember_user_id_08cdb61f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX provisioning_scimgroupmember_user_id_08cdb61f ON public.provisioning_scimgroupmember USING btree (user_id);


--
-- Name: provisioning_scimuser_client_id_bc34a12a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX provisioning_scimuser_client_id_bc34a12a ON public.provisioning_scimuser USING btree (client_id);


--
-- Name: qms_formsubmission_created_at_5a099ce1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX qms_formsubmission_created_at_5a099ce1 ON public.qms_formsubmission USING btree (created_at);


--
-- Name: qms_formsubmission_key_2064fa83_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX qms_formsubmission_key_2064fa83_like ON public.qms_formsubmission USING btree (key varchar_pattern_ops);


--
-- Name: qms_formsubmission_user_id_9cedaae3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX qms_formsubmission_user_id_9cedaae3 ON public.qms_formsubmission USING btree (user_id);


--
-- Name: qms_invitation_created_by_id_022145a5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX qms_invitation_created_by_id_022145a5 ON public.qms_invitation USING btree (created_by_id);


--
-- Name: qms_invitation_token_hash_abd2e739_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX qms_invitation_token_hash_abd2e739_like ON public.qms_invitation USING btree (token_hash varchar_pattern_ops);


--
-- Name: qms_invitation_user_id_a14d7060; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX qms_invitation_user_id_a14d7060 ON public.qms_invitation USING btree (user_id);


--
-- Name: qms_members_unit_id_94d03b_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX qms_members_unit_id_94d03b_idx ON public.qms_membership USING btree (unit_id, role);


--
-- Name: qms_membership_unit_id_00fc6c9b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX qms_membership_unit_id_00fc6c9b ON public.qms_membership USING btree (unit_id);


--
-- Name: qms_membership_user_id_de0d6dc7; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX qms_membership_user_id_de0d6dc7 ON public.qms_membership USING btree (user_id);


--
-- Name: qms_membershipevent_pgh_context_id_ad309e72; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX qms_membershipevent_pgh_context_id_ad309e72 ON public.qms_membershipevent USING btree (pgh_context_id);


--
-- Name: qms_membershipevent_pgh_obj_id_4d87de29; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX qms_membershipevent_pgh_obj_id_4d87de29 ON public.qms_membershipevent USING btree (pgh_obj_id);


--
-- Name: qms_membershipevent_unit_id_7b75ae76; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX qms_membershipevent_unit_id_7b75ae76 ON public.qms_membershipevent USING btree (unit_id);


--
-- Name: qms_membershipevent_user_id_2c180f92; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX qms_membershipevent_user_id_2c180f92 ON public.qms_membershipevent USING btree (user_id);


--
-- Name: qms_notification_digest_id_437d6d0c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX qms_notification_digest_id_437d6d0c ON public.qms_notification USING btree (digest_id);


--
-- Name: qms_notification_recipient_id_8b4a5b97; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX qms_notification_recipient_id_8b4a5b97 ON public.qms_notification USING btree (recipient_id);


--
-- Name: qms_notificationdigest_recipient_id_7b29db1f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX qms_notificationdigest_recipient_id_7b29db1f ON public.qms_notificationdigest USING btree (recipient_id);


--
-- Name: qms_notificationpreference_user_id_6c9f3ee3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX qms_notificationpreference_user_id_6c9f3ee3 ON public.qms_notificationpreference USING btree (user_id);


--
-- Name: qms_organisationunit_code_3258d8d2_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX qms_organisationunit_code_3258d8d2_like ON public.qms_organisationunit USING btree (code varchar_pattern_ops);


--
-- Name: qms_organisationunit_path_24aa3f29_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX qms_organisationunit_path_24aa3f29_like ON public.qms_organisationunit USING btree (path varchar_pattern_ops);


--
-- Name: qms_organisationunitevent_pgh_context_id_2d4d6f7c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX qms_organisationunitevent_pgh_context_id_2d4d6f7c ON public.qms_organisationunitevent USING btree (pgh_context_id);


--
-- Name: qms_organisationunitevent_pgh_obj_id_cbe2fac0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX qms_organisationunitevent_pgh_obj_id_cbe2fac0 ON public.qms_organisationunitevent USING btree (pgh_obj_id);


--
-- Name: qms_publicprofileevent_pgh_context_id_d0661bfc; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX qms_publicprofileevent_pgh_context_id_d0661bfc ON public.qms_publicprofileevent USING btree (pgh_context_id);


--
-- Name: qms_publicprofileevent_pgh_obj_id_c665d304; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX qms_publicprofileevent_pgh_obj_id_c665d304 ON public.qms_publicprofileevent USING btree (pgh_obj_id);


--
-- Name: qms_user_groups_group_id_59bc7be7; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX qms_user_groups_group_id_59bc7be7 ON public.qms_user_groups USING btree (group_id);


--
-- Name: qms_user_groups_user_id_9970cfc4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX qms_user_groups_user_id_9970cfc4 ON public.qms_user_groups USING btree (user_id);


--
-- Name: qms_user_user_permissions_permission_id_e26e42bc; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX qms_user_user_permissions_permission_id_e26e42bc ON public.qms_user_user_permissions USING btree (permission_id);


--
-- Name: qms_user_user_permissions_user_id_1b2f8152; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX qms_user_user_permissions_user_id_1b2f8152 ON public.qms_user_user_permissions USING btree (user_id);


--
-- Name: qms_user_username_7f0f5be2_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX qms_user_username_7f0f5be2_like ON public.qms_user USING btree (username varchar_pattern_ops);


--
-- Name: qms_userevent_pgh_context_id_3e08e7d2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX qms_userevent_pgh_context_id_3e08e7d2 ON public.qms_userevent USING btree (pgh_context_id);


--
-- Name: qms_userevent_pgh_obj_id_7335ead2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX qms_userevent_pgh_obj_id_7335ead2 ON public.qms_userevent USING btree (pgh_obj_id);


--
-- Name: quality_report_once_a_year; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX quality_report_once_a_year ON public.reviews_qualityreport USING btree (unit_id, year) WHERE (revision_of_id IS NULL);


--
-- Name: records_access_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_access_idx ON public.records_accesslog USING btree (what, object_id);


--
-- Name: records_accesslog_user_id_2f3a6a13; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_accesslog_user_id_2f3a6a13 ON public.records_accesslog USING btree (user_id);


--
-- Name: records_archivepackage_delivered_by_id_0957ec0e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_archivepackage_delivered_by_id_0957ec0e ON public.records_archivepackage USING btree (delivered_by_id);


--
-- Name: records_archivepackage_organisation_id_dccd2b31; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_archivepackage_organisation_id_dccd2b31 ON public.records_archivepackage USING btree (organisation_id);


--
-- Name: records_archivepackage_requested_by_id_b7cbb7fc; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_archivepackage_requested_by_id_b7cbb7fc ON public.records_archivepackage USING btree (requested_by_id);


--
-- Name: records_archivepackageevent_delivered_by_id_1bb02306; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_archivepackageevent_delivered_by_id_1bb02306 ON public.records_archivepackageevent USING btree (delivered_by_id);


--
-- Name: records_archivepackageevent_organisation_id_cce6bdf5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_archivepackageevent_organisation_id_cce6bdf5 ON public.records_archivepackageevent USING btree (organisation_id);


--
-- Name: records_archivepackageevent_pgh_context_id_adfad7c0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_archivepackageevent_pgh_context_id_adfad7c0 ON public.records_archivepackageevent USING btree (pgh_context_id);


--
-- Name: records_archivepackageevent_pgh_obj_id_6810d868; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_archivepackageevent_pgh_obj_id_6810d868 ON public.records_archivepackageevent USING btree (pgh_obj_id);


--
-- Name: records_archivepackageevent_requested_by_id_06cfeff5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_archivepackageevent_requested_by_id_06cfeff5 ON public.records_archivepackageevent USING btree (requested_by_id);


--
-- Name: records_deliveredrecord_content_type_id_5f150ced; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_deliveredrecord_content_type_id_5f150ced ON public.records_deliveredrecord USING btree (content_type_id);


--
-- Name: records_deliveredrecord_package_id_dfa63ba6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_deliveredrecord_package_id_dfa63ba6 ON public.records_deliveredrecord USING btree (package_id);


--
-- Name: records_fullexport_requested_by_id_213cb9f6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_fullexport_requested_by_id_213cb9f6 ON public.records_fullexport USING btree (requested_by_id);


--
-- Name: records_legalhold_content_type_id_0eadcfe3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_legalhold_content_type_id_0eadcfe3 ON public.records_legalhold USING btree (content_type_id);


--
-- Name: records_legalhold_lifted_by_id_11e16102; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_legalhold_lifted_by_id_11e16102 ON public.records_legalhold USING btree (lifted_by_id);


--
-- Name: records_legalhold_placed_by_id_2076204c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_legalhold_placed_by_id_2076204c ON public.records_legalhold USING btree (placed_by_id);


--
-- Name: records_legalhold_unit_id_866eed0f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_legalhold_unit_id_866eed0f ON public.records_legalhold USING btree (unit_id);


--
-- Name: records_legalholdevent_content_type_id_25724861; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_legalholdevent_content_type_id_25724861 ON public.records_legalholdevent USING btree (content_type_id);


--
-- Name: records_legalholdevent_lifted_by_id_4b333d01; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_legalholdevent_lifted_by_id_4b333d01 ON public.records_legalholdevent USING btree (lifted_by_id);


--
-- Name: records_legalholdevent_pgh_context_id_74cafaba; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_legalholdevent_pgh_context_id_74cafaba ON public.records_legalholdevent USING btree (pgh_context_id);


--
-- Name: records_legalholdevent_pgh_obj_id_2e7f6f0d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_legalholdevent_pgh_obj_id_2e7f6f0d ON public.records_legalholdevent USING btree (pgh_obj_id);


--
-- Name: records_legalholdevent_placed_by_id_28117f10; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_legalholdevent_placed_by_id_28117f10 ON public.records_legalholdevent USING btree (placed_by_id);


--
-- Name: records_legalholdevent_unit_id_e90b1faf; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_legalholdevent_unit_id_e90b1faf ON public.records_legalholdevent USING btree (unit_id);


--
-- Name: records_proposal_approved_by_id_63145ce5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_proposal_approved_by_id_63145ce5 ON public.records_proposal USING btree (approved_by_id);


--
-- Name: records_proposal_created_by_id_ef012ec8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_proposal_created_by_id_ef012ec8 ON public.records_proposal USING btree (created_by_id);


--
-- Name: records_proposal_organisation_id_960b82a6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_proposal_organisation_id_960b82a6 ON public.records_proposal USING btree (organisation_id);


--
-- Name: records_proposalevent_approved_by_id_c4d04601; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_proposalevent_approved_by_id_c4d04601 ON public.records_proposalevent USING btree (approved_by_id);


--
-- Name: records_proposalevent_created_by_id_8c20e4e2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_proposalevent_created_by_id_8c20e4e2 ON public.records_proposalevent USING btree (created_by_id);


--
-- Name: records_proposalevent_organisation_id_afec4825; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_proposalevent_organisation_id_afec4825 ON public.records_proposalevent USING btree (organisation_id);


--
-- Name: records_proposalevent_pgh_context_id_f193c27e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_proposalevent_pgh_context_id_f193c27e ON public.records_proposalevent USING btree (pgh_context_id);


--
-- Name: records_proposalevent_pgh_obj_id_21152583; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_proposalevent_pgh_obj_id_21152583 ON public.records_proposalevent USING btree (pgh_obj_id);


--
-- Name: records_proposalitem_proposal_id_da9cbc1f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_proposalitem_proposal_id_da9cbc1f ON public.records_proposalitem USING btree (proposal_id);


--
-- Name: records_proposalitem_rule_id_9286eba6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_proposalitem_rule_id_9286eba6 ON public.records_proposalitem USING btree (rule_id);


--
-- Name: records_proposalrule_proposal_id_be8048a3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_proposalrule_proposal_id_be8048a3 ON public.records_proposalrule USING btree (proposal_id);


--
-- Name: records_proposalrule_rule_id_0d81b3de; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_proposalrule_rule_id_0d81b3de ON public.records_proposalrule USING btree (rule_id);


--
-- Name: records_registerextract_requested_by_id_d32f9622; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_registerextract_requested_by_id_d32f9622 ON public.records_registerextract USING btree (requested_by_id);


--
-- Name: records_registerextract_scope_id_9891275f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_registerextract_scope_id_9891275f ON public.records_registerextract USING btree (scope_id);


--
-- Name: records_registerextract_subject_user_id_2e7849a8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_registerextract_subject_user_id_2e7849a8 ON public.records_registerextract USING btree (subject_user_id);


--
-- Name: records_registerextractevent_pgh_context_id_bc8656c5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_registerextractevent_pgh_context_id_bc8656c5 ON public.records_registerextractevent USING btree (pgh_context_id);


--
-- Name: records_registerextractevent_pgh_obj_id_a3398cc5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_registerextractevent_pgh_obj_id_a3398cc5 ON public.records_registerextractevent USING btree (pgh_obj_id);


--
-- Name: records_registerextractevent_requested_by_id_820cb81e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_registerextractevent_requested_by_id_820cb81e ON public.records_registerextractevent USING btree (requested_by_id);


--
-- Name: records_registerextractevent_scope_id_b457ff18; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_registerextractevent_scope_id_b457ff18 ON public.records_registerextractevent USING btree (scope_id);


--
-- Name: records_registerextractevent_subject_user_id_92f717f2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_registerextractevent_subject_user_id_92f717f2 ON public.records_registerextractevent USING btree (subject_user_id);


--
-- Name: records_retentionrule_created_by_id_1e728756; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_retentionrule_created_by_id_1e728756 ON public.records_retentionrule USING btree (created_by_id);


--
-- Name: records_retentionrule_organisation_id_5dcda324; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_retentionrule_organisation_id_5dcda324 ON public.records_retentionrule USING btree (organisation_id);


--
-- Name: records_retentionruleevent_created_by_id_a127784b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_retentionruleevent_created_by_id_a127784b ON public.records_retentionruleevent USING btree (created_by_id);


--
-- Name: records_retentionruleevent_organisation_id_f6af372c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_retentionruleevent_organisation_id_f6af372c ON public.records_retentionruleevent USING btree (organisation_id);


--
-- Name: records_retentionruleevent_pgh_context_id_b02f0dfa; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_retentionruleevent_pgh_context_id_b02f0dfa ON public.records_retentionruleevent USING btree (pgh_context_id);


--
-- Name: records_retentionruleevent_pgh_obj_id_e6fe2c44; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_retentionruleevent_pgh_obj_id_e6fe2c44 ON public.records_retentionruleevent USING btree (pgh_obj_id);


--
-- Name: review_unit_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX review_unit_idx ON public.reviews_review USING btree (unit_id, status, period_end DESC);


--
-- Name: reviews_decision_copied_from_id_3f6541d3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_decision_copied_from_id_3f6541d3 ON public.reviews_decision USING btree (copied_from_id);


--
-- Name: reviews_decision_review_id_6838e833; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_decision_review_id_6838e833 ON public.reviews_decision USING btree (review_id);


--
-- Name: reviews_decisionevent_copied_from_id_b2e6d8f4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_decisionevent_copied_from_id_b2e6d8f4 ON public.reviews_decisionevent USING btree (copied_from_id);


--
-- Name: reviews_decisionevent_pgh_context_id_7f41c1ba; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_decisionevent_pgh_context_id_7f41c1ba ON public.reviews_decisionevent USING btree (pgh_context_id);


--
-- Name: reviews_decisionevent_pgh_obj_id_def3b247; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_decisionevent_pgh_obj_id_def3b247 ON public.reviews_decisionevent USING btree (pgh_obj_id);


--
-- Name: reviews_decisionevent_review_id_d6ad9b14; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_decisionevent_review_id_d6ad9b14 ON public.reviews_decisionevent USING btree (review_id);


--
-- Name: reviews_indicator_objective_id_37a23216; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_indicator_objective_id_37a23216 ON public.reviews_indicator USING btree (objective_id);


--
-- Name: reviews_indicatorevent_objective_id_3a9d7bb2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_indicatorevent_objective_id_3a9d7bb2 ON public.reviews_indicatorevent USING btree (objective_id);


--
-- Name: reviews_indicatorevent_pgh_context_id_3f578bf7; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_indicatorevent_pgh_context_id_3f578bf7 ON public.reviews_indicatorevent USING btree (pgh_context_id);


--
-- Name: reviews_indicatorevent_pgh_obj_id_989ed497; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_indicatorevent_pgh_obj_id_989ed497 ON public.reviews_indicatorevent USING btree (pgh_obj_id);


--
-- Name: reviews_indicatorvalue_entered_by_id_112f2d53; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_indicatorvalue_entered_by_id_112f2d53 ON public.reviews_indicatorvalue USING btree (entered_by_id);


--
-- Name: reviews_indicatorvalue_indicator_id_f29855c8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_indicatorvalue_indicator_id_f29855c8 ON public.reviews_indicatorvalue USING btree (indicator_id);


--
-- Name: reviews_indicatorvalueevent_entered_by_id_69a27b4f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_indicatorvalueevent_entered_by_id_69a27b4f ON public.reviews_indicatorvalueevent USING btree (entered_by_id);


--
-- Name: reviews_indicatorvalueevent_indicator_id_658c6dad; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_indicatorvalueevent_indicator_id_658c6dad ON public.reviews_indicatorvalueevent USING btree (indicator_id);


--
-- Name: reviews_indicatorvalueevent_pgh_context_id_6e2ecc72; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_indicatorvalueevent_pgh_context_id_6e2ecc72 ON public.reviews_indicatorvalueevent USING btree (pgh_context_id);


--
-- Name: reviews_indicatorvalueevent_pgh_obj_id_553b2d14; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_indicatorvalueevent_pgh_obj_id_553b2d14 ON public.reviews_indicatorvalueevent USING btree (pgh_obj_id);


--
-- Name: reviews_objective_unit_id_441ba705; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_objective_unit_id_441ba705 ON public.reviews_objective USING btree (unit_id);


--
-- Name: reviews_objectiveevent_pgh_context_id_ff345f53; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_objectiveevent_pgh_context_id_ff345f53 ON public.reviews_objectiveevent USING btree (pgh_context_id);


--
-- Name: reviews_objectiveevent_pgh_obj_id_33e8ad18; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_objectiveevent_pgh_obj_id_33e8ad18 ON public.reviews_objectiveevent USING btree (pgh_obj_id);


--
-- Name: reviews_objectiveevent_unit_id_09b73ce3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_objectiveevent_unit_id_09b73ce3 ON public.reviews_objectiveevent USING btree (unit_id);


--
-- Name: reviews_participant_review_id_34b4c15f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_participant_review_id_34b4c15f ON public.reviews_participant USING btree (review_id);


--
-- Name: reviews_participant_user_id_a28bd16c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_participant_user_id_a28bd16c ON public.reviews_participant USING btree (user_id);


--
-- Name: reviews_participantevent_pgh_context_id_d080665c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_participantevent_pgh_context_id_d080665c ON public.reviews_participantevent USING btree (pgh_context_id);


--
-- Name: reviews_participantevent_pgh_obj_id_610efb70; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_participantevent_pgh_obj_id_610efb70 ON public.reviews_participantevent USING btree (pgh_obj_id);


--
-- Name: reviews_participantevent_review_id_f0c1935d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_participantevent_review_id_f0c1935d ON public.reviews_participantevent USING btree (review_id);


--
-- Name: reviews_participantevent_user_id_276417cf; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_participantevent_user_id_276417cf ON public.reviews_participantevent USING btree (user_id);


--
-- Name: reviews_patientsafetyreminder_unit_id_038549ae; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_patientsafetyreminder_unit_id_038549ae ON public.reviews_patientsafetyreminder USING btree (unit_id);


--
-- Name: reviews_patientsafetyreport_created_by_id_0f7cb959; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_patientsafetyreport_created_by_id_0f7cb959 ON public.reviews_patientsafetyreport USING btree (created_by_id);


--
-- Name: reviews_patientsafetyreport_published_by_id_6a8a4397; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_patientsafetyreport_published_by_id_6a8a4397 ON public.reviews_patientsafetyreport USING btree (published_by_id);


--
-- Name: reviews_patientsafetyreport_revision_of_id_cb8159a4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_patientsafetyreport_revision_of_id_cb8159a4 ON public.reviews_patientsafetyreport USING btree (revision_of_id);


--
-- Name: reviews_patientsafetyreport_unit_id_139afa38; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_patientsafetyreport_unit_id_139afa38 ON public.reviews_patientsafetyreport USING btree (unit_id);


--
-- Name: reviews_patientsafetyreportevent_created_by_id_22afaee6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_patientsafetyreportevent_created_by_id_22afaee6 ON public.reviews_patientsafetyreportevent USING btree (created_by_id);


--
-- Name: reviews_patientsafetyreportevent_pgh_context_id_4fdc4348; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_patientsafetyreportevent_pgh_context_id_4fdc4348 ON public.reviews_patientsafetyreportevent USING btree (pgh_context_id);


--
-- Name: reviews_patientsafetyreportevent_pgh_obj_id_3a872992; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_patientsafetyreportevent_pgh_obj_id_3a872992 ON public.reviews_patientsafetyreportevent USING btree (pgh_obj_id);


--
-- Name: reviews_patientsafetyreportevent_published_by_id_c861a56d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_patientsafetyreportevent_published_by_id_c861a56d ON public.reviews_patientsafetyreportevent USING btree (published_by_id);


--
-- Name: reviews_patientsafetyreportevent_revision_of_id_88b4e4b3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_patientsafetyreportevent_revision_of_id_88b4e4b3 ON public.reviews_patientsafetyreportevent USING btree (revision_of_id);


--
-- Name: reviews_patientsafetyreportevent_unit_id_eedfda5a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_patientsafetyreportevent_unit_id_eedfda5a ON public.reviews_patientsafetyreportevent USING btree (unit_id);


--
-- Name: reviews_qualityreport_created_by_id_6046710f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_qualityreport_created_by_id_6046710f ON public.reviews_qualityreport USING btree (created_by_id);


--
-- Name: reviews_qualityreport_published_by_id_a8b341df; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_qualityreport_published_by_id_a8b341df ON public.reviews_qualityreport USING btree (published_by_id);


--
-- Name: reviews_qualityreport_revision_of_id_79941a30; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_qualityreport_revision_of_id_79941a30 ON public.reviews_qualityreport USING btree (revision_of_id);


--
-- Name: reviews_qualityreport_unit_id_b0232ef2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_qualityreport_unit_id_b0232ef2 ON public.reviews_qualityreport USING btree (unit_id);


--
-- Name: reviews_qualityreportevent_created_by_id_b678dd5b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_qualityreportevent_created_by_id_b678dd5b ON public.reviews_qualityreportevent USING btree (created_by_id);


--
-- Name: reviews_qualityreportevent_pgh_context_id_4c8b0350; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_qualityreportevent_pgh_context_id_4c8b0350 ON public.reviews_qualityreportevent USING btree (pgh_context_id);


--
-- Name: reviews_qualityreportevent_pgh_obj_id_6ae83ef7; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_qualityreportevent_pgh_obj_id_6ae83ef7 ON public.reviews_qualityreportevent USING btree (pgh_obj_id);


--
-- Name: reviews_qualityreportevent_published_by_id_f436345b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_qualityreportevent_published_by_id_f436345b ON public.reviews_qualityreportevent USING btree (published_by_id);


--
-- Name: reviews_qualityreportevent_revision_of_id_29953449; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_qualityreportevent_revision_of_id_29953449 ON public.reviews_qualityreportevent USING btree (revision_of_id);


--
-- Name: reviews_qualityreportevent_unit_id_d3aed6ff; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_qualityreportevent_unit_id_d3aed6ff ON public.reviews_qualityreportevent USING btree (unit_id);


--
-- Name: reviews_review_approved_by_id_425c1133; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_review_approved_by_id_425c1133 ON public.reviews_review USING btree (approved_by_id);


--
-- Name: reviews_review_chair_id_e6c51bbd; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_review_chair_id_e6c51bbd ON public.reviews_review USING btree (chair_id);


--
-- Name: reviews_review_created_by_id_2db9f91c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_review_created_by_id_2db9f91c ON public.reviews_review USING btree (created_by_id);


--
-- Name: reviews_review_revision_of_id_abd58216; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_review_revision_of_id_abd58216 ON public.reviews_review USING btree (revision_of_id);


--
-- Name: reviews_review_unit_id_4e4afa49; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_review_unit_id_4e4afa49 ON public.reviews_review USING btree (unit_id);


--
-- Name: reviews_reviewevent_approved_by_id_19b1f4c1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_reviewevent_approved_by_id_19b1f4c1 ON public.reviews_reviewevent USING btree (approved_by_id);


--
-- Name: reviews_reviewevent_chair_id_b21cddfb; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_reviewevent_chair_id_b21cddfb ON public.reviews_reviewevent USING btree (chair_id);


--
-- Name: reviews_reviewevent_created_by_id_af1bb8e8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_reviewevent_created_by_id_af1bb8e8 ON public.reviews_reviewevent USING btree (created_by_id);


--
-- Name: reviews_reviewevent_pgh_context_id_085b7a0d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_reviewevent_pgh_context_id_085b7a0d ON public.reviews_reviewevent USING btree (pgh_context_id);


--
-- Name: reviews_reviewevent_pgh_obj_id_99d38e20; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_reviewevent_pgh_obj_id_99d38e20 ON public.reviews_reviewevent USING btree (pgh_obj_id);


--
-- Name: reviews_reviewevent_revision_of_id_454de1a8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_reviewevent_revision_of_id_454de1a8 ON public.reviews_reviewevent USING btree (revision_of_id);


--
-- Name: reviews_reviewevent_unit_id_be3a8186; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_reviewevent_unit_id_be3a8186 ON public.reviews_reviewevent USING btree (unit_id);


--
-- Name: reviews_reviewitem_review_id_e3ed2353; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_reviewitem_review_id_e3ed2353 ON public.reviews_reviewitem USING btree (review_id);


--
-- Name: reviews_reviewitemevent_pgh_context_id_6ee2ba8d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_reviewitemevent_pgh_context_id_6ee2ba8d ON public.reviews_reviewitemevent USING btree (pgh_context_id);


--
-- Name: reviews_reviewitemevent_pgh_obj_id_d3d5ffcf; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_reviewitemevent_pgh_obj_id_d3d5ffcf ON public.reviews_reviewitemevent USING btree (pgh_obj_id);


--
-- Name: reviews_reviewitemevent_review_id_701b0239; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reviews_reviewitemevent_review_id_701b0239 ON public.reviews_reviewitemevent USING btree (review_id);


--
-- Name: saved_filter_name_unique_ci; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX saved_filter_name_unique_ci ON public.deviations_savedfilter USING btree (user_id, list, lower((name)::text));


--
-- Name: scim_group_external_id; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX scim_group_external_id ON public.provisioning_scimgroup USING btree (external_id) WHERE (NOT ((external_id)::text = ''::text));


--
-- Name: scim_user_external_id; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX scim_user_external_id ON public.provisioning_scimuser USING btree (external_id) WHERE (NOT ((external_id)::text = ''::text));


--
-- Name: scim_user_name_unique_ci; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX scim_user_name_unique_ci ON public.provisioning_scimuser USING btree (lower((user_name)::text));


--
-- Name: socialaccount_socialaccount_user_id_8146e70c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX socialaccount_socialaccount_user_id_8146e70c ON public.socialaccount_socialaccount USING btree (user_id);


--
-- Name: socialaccount_socialtoken_account_id_951f210e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX socialaccount_socialtoken_account_id_951f210e ON public.socialaccount_socialtoken USING btree (account_id);


--
-- Name: socialaccount_socialtoken_app_id_636a42d7; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX socialaccount_socialtoken_app_id_636a42d7 ON public.socialaccount_socialtoken USING btree (app_id);


--
-- Name: suggestion_created_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX suggestion_created_idx ON public.deviations_suggestion USING btree (created_at DESC, id DESC);


--
-- Name: suggestion_descr_trgm_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX suggestion_descr_trgm_idx ON public.deviations_suggestion USING gin (upper(description) public.gin_trgm_ops);


--
-- Name: suggestion_title_trgm_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX suggestion_title_trgm_idx ON public.deviations_suggestion USING gin (upper((title)::text) public.gin_trgm_ops);


--
-- Name: suggestion_unit_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX suggestion_unit_idx ON public.deviations_suggestion USING btree (unit_id, created_at DESC);


--
-- Name: unique_authenticator_type; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX unique_authenticator_type ON public.mfa_authenticator USING btree (user_id, type) WHERE ((type)::text = ANY ((ARRAY['totp'::character varying, 'recovery_codes'::character varying])::text[]));


--
-- Name: unique_primary_email; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX unique_primary_email ON public.account_emailaddress USING btree (user_id, "primary") WHERE "primary";


--
-- Name: unique_verified_email; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX unique_verified_email ON public.account_emailaddress USING btree (email) WHERE verified;


--
-- Name: user_active_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_active_name_idx ON public.qms_user USING btree (last_name, first_name, username) WHERE is_active;


--
-- Name: user_email_unique_ci; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX user_email_unique_ci ON public.qms_user USING btree (lower((email)::text)) WHERE (NOT ((email)::text = ''::text));


--
-- Name: user_email_upper_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_email_upper_idx ON public.qms_user USING btree (upper((email)::text));


--
-- Name: user_employee_number_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX user_employee_number_unique ON public.qms_user USING btree (employee_number) WHERE (NOT ((employee_number)::text = ''::text));


--
-- Name: user_username_upper_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_username_upper_idx ON public.qms_user USING btree (upper((username)::text));


--
-- Name: deviations_deviation deviation_tally_deleted; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER deviation_tally_deleted AFTER DELETE ON public.deviations_deviation REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.deviation_tally_deleted();


--
-- Name: deviations_deviation deviation_tally_inserted; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER deviation_tally_inserted AFTER INSERT ON public.deviations_deviation REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.deviation_tally_inserted();


--
-- Name: qms_organisationunit deviation_tally_units_moved; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER deviation_tally_units_moved AFTER UPDATE ON public.qms_organisationunit REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.deviation_tally_units_moved();


--
-- Name: deviations_deviation deviation_tally_updated; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER deviation_tally_updated AFTER UPDATE ON public.deviations_deviation REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.deviation_tally_updated();


--
-- Name: certifications_certificate pgtrigger_certificate_status_reminding_53329; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_certificate_status_reminding_53329 AFTER UPDATE OF status ON public.certifications_certificate FOR EACH ROW WHEN (((old.status)::text IS DISTINCT FROM (new.status)::text)) EXECUTE FUNCTION public.pgtrigger_certificate_status_reminding_53329();


--
-- Name: TRIGGER pgtrigger_certificate_status_reminding_53329 ON certifications_certificate; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_certificate_status_reminding_53329 ON public.certifications_certificate IS '4853780e0efa881e337511e5950b11703b52c33f';


--
-- Name: certifications_cycleevent pgtrigger_cycle_event_reminding_494d5; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_cycle_event_reminding_494d5 BEFORE INSERT OR UPDATE ON public.certifications_cycleevent FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_cycle_event_reminding_494d5();


--
-- Name: TRIGGER pgtrigger_cycle_event_reminding_494d5 ON certifications_cycleevent; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_cycle_event_reminding_494d5 ON public.certifications_cycleevent IS '9ed37605e5bfa078580c751277a771a94f2dd2aa';


--
-- Name: certifications_cycle pgtrigger_cycle_renewal_reminding_c37dd; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_cycle_renewal_reminding_c37dd AFTER INSERT OR DELETE OR UPDATE OF previous_id ON public.certifications_cycle FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_cycle_renewal_reminding_c37dd();


--
-- Name: TRIGGER pgtrigger_cycle_renewal_reminding_c37dd ON certifications_cycle; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_cycle_renewal_reminding_c37dd ON public.certifications_cycle IS 'af0b2142b3108a21b38fce2e89cb51680086f192';


--
-- Name: reviews_objective pgtrigger_delete_delete_07f21; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_07f21 AFTER DELETE ON public.reviews_objective FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_07f21();


--
-- Name: TRIGGER pgtrigger_delete_delete_07f21 ON reviews_objective; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_07f21 ON public.reviews_objective IS '40e7f4e74b745619140b9b477bf560c03c3dbca1';


--
-- Name: records_retentionrule pgtrigger_delete_delete_0b43f; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_0b43f AFTER DELETE ON public.records_retentionrule FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_0b43f();


--
-- Name: TRIGGER pgtrigger_delete_delete_0b43f ON records_retentionrule; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_0b43f ON public.records_retentionrule IS 'aa0d9c1f183f5a8c400512a34bb0b641a4cee3a4';


--
-- Name: certifications_cycleevent pgtrigger_delete_delete_0efe6; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_0efe6 AFTER DELETE ON public.certifications_cycleevent FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_0efe6();


--
-- Name: TRIGGER pgtrigger_delete_delete_0efe6 ON certifications_cycleevent; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_0efe6 ON public.certifications_cycleevent IS 'e92e79f30b436e9a24bbd9c3123a26cad06b2be9';


--
-- Name: deviations_comment pgtrigger_delete_delete_10420; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_10420 AFTER DELETE ON public.deviations_comment FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_10420();


--
-- Name: TRIGGER pgtrigger_delete_delete_10420 ON deviations_comment; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_10420 ON public.deviations_comment IS '0b0511751c0269d1fe1b5df15e08d15e8c439bf6';


--
-- Name: audits_criterion pgtrigger_delete_delete_10ede; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_10ede AFTER DELETE ON public.audits_criterion FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_10ede();


--
-- Name: TRIGGER pgtrigger_delete_delete_10ede ON audits_criterion; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_10ede ON public.audits_criterion IS '2277dc223f81a18c76e39e4bbecef8a97ab1e00f';


--
-- Name: deviations_feedback pgtrigger_delete_delete_15415; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_15415 AFTER DELETE ON public.deviations_feedback FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_15415();


--
-- Name: TRIGGER pgtrigger_delete_delete_15415 ON deviations_feedback; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_15415 ON public.deviations_feedback IS '2343f3480c5f6a4f9e3e0e9c3611d5d2d845c2b8';


--
-- Name: certifications_standard pgtrigger_delete_delete_1a87c; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_1a87c AFTER DELETE ON public.certifications_standard FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_1a87c();


--
-- Name: TRIGGER pgtrigger_delete_delete_1a87c ON certifications_standard; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_1a87c ON public.certifications_standard IS 'a6b3cb7e74c8176aa61db2b58d9779d3f1b3cba0';


--
-- Name: deviations_action pgtrigger_delete_delete_1acf9; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_1acf9 AFTER DELETE ON public.deviations_action FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_1acf9();


--
-- Name: TRIGGER pgtrigger_delete_delete_1acf9 ON deviations_action; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_1acf9 ON public.deviations_action IS '349c5002af2fd334eeabfc67b22b6589ab1c1119';


--
-- Name: deviations_deviation pgtrigger_delete_delete_1b4e1; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_1b4e1 AFTER DELETE ON public.deviations_deviation FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_1b4e1();


--
-- Name: TRIGGER pgtrigger_delete_delete_1b4e1 ON deviations_deviation; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_1b4e1 ON public.deviations_deviation IS '2b09d7b06379e6244a09a0b242d18aca26434e94';


--
-- Name: audits_question pgtrigger_delete_delete_2041d; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_2041d AFTER DELETE ON public.audits_question FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_2041d();


--
-- Name: TRIGGER pgtrigger_delete_delete_2041d ON audits_question; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_2041d ON public.audits_question IS '3e81a92ed101d5ef8448187e0bb66d00e58e97ee';


--
-- Name: reviews_patientsafetyreport pgtrigger_delete_delete_20769; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_20769 AFTER DELETE ON public.reviews_patientsafetyreport FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_20769();


--
-- Name: TRIGGER pgtrigger_delete_delete_20769 ON reviews_patientsafetyreport; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_20769 ON public.reviews_patientsafetyreport IS '80fe3ce1df69864a5eff17dfcc4032faca94c4d5';


--
-- Name: deviations_requirement pgtrigger_delete_delete_28fac; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_28fac AFTER DELETE ON public.deviations_requirement FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_28fac();


--
-- Name: TRIGGER pgtrigger_delete_delete_28fac ON deviations_requirement; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_28fac ON public.deviations_requirement IS 'b2e79b96f86b5ba1ca856af991fc6f4c1b62f0fd';


--
-- Name: reviews_indicator pgtrigger_delete_delete_2ad31; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_2ad31 AFTER DELETE ON public.reviews_indicator FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_2ad31();


--
-- Name: TRIGGER pgtrigger_delete_delete_2ad31 ON reviews_indicator; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_2ad31 ON public.reviews_indicator IS '43254c29cd763f54b09639ef055d711677e59aab';


--
-- Name: qms_publicprofile pgtrigger_delete_delete_32299; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_32299 AFTER DELETE ON public.qms_publicprofile FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_32299();


--
-- Name: TRIGGER pgtrigger_delete_delete_32299 ON qms_publicprofile; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_32299 ON public.qms_publicprofile IS 'bb57c1d23e965d112884d664f7e3fe5f0f19d7f0';


--
-- Name: qms_user pgtrigger_delete_delete_332c4; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_332c4 AFTER DELETE ON public.qms_user FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_332c4();


--
-- Name: TRIGGER pgtrigger_delete_delete_332c4 ON qms_user; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_332c4 ON public.qms_user IS '9dbce042c92337c6cfc589850b15de4e62dfa916';


--
-- Name: api_accesstoken pgtrigger_delete_delete_34f6e; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_34f6e AFTER DELETE ON public.api_accesstoken FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_34f6e();


--
-- Name: TRIGGER pgtrigger_delete_delete_34f6e ON api_accesstoken; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_34f6e ON public.api_accesstoken IS '2afb93268cdda3be81c79df7d154a22ee8f6ff1d';


--
-- Name: certifications_evidenceitem pgtrigger_delete_delete_35ac3; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_35ac3 AFTER DELETE ON public.certifications_evidenceitem FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_35ac3();


--
-- Name: TRIGGER pgtrigger_delete_delete_35ac3 ON certifications_evidenceitem; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_35ac3 ON public.certifications_evidenceitem IS 'bee4ccf7f53556c3397deea87230e94ef1abbc77';


--
-- Name: audits_audit pgtrigger_delete_delete_3d3e8; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_3d3e8 AFTER DELETE ON public.audits_audit FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_3d3e8();


--
-- Name: TRIGGER pgtrigger_delete_delete_3d3e8 ON audits_audit; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_3d3e8 ON public.audits_audit IS '7fb61d41faed2c5b59c7198c6737f8f4057f6f98';


--
-- Name: records_archivepackage pgtrigger_delete_delete_3df31; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_3df31 AFTER DELETE ON public.records_archivepackage FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_3df31();


--
-- Name: TRIGGER pgtrigger_delete_delete_3df31 ON records_archivepackage; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_3df31 ON public.records_archivepackage IS 'd2dfca2be0674c7a42528bb347787d4fb8eccc0b';


--
-- Name: audits_finding pgtrigger_delete_delete_446fd; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_446fd AFTER DELETE ON public.audits_finding FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_446fd();


--
-- Name: TRIGGER pgtrigger_delete_delete_446fd ON audits_finding; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_446fd ON public.audits_finding IS 'df4a6335f3eb7e7521dd047b39a9761f9a2746c5';


--
-- Name: socialaccount_socialaccount pgtrigger_delete_delete_46039; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_46039 AFTER DELETE ON public.socialaccount_socialaccount FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_46039();


--
-- Name: TRIGGER pgtrigger_delete_delete_46039 ON socialaccount_socialaccount; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_46039 ON public.socialaccount_socialaccount IS 'bcfe2aa20d62303f9e3245a7bcacf15390bd96fe';


--
-- Name: reviews_participant pgtrigger_delete_delete_49b5f; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_49b5f AFTER DELETE ON public.reviews_participant FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_49b5f();


--
-- Name: TRIGGER pgtrigger_delete_delete_49b5f ON reviews_participant; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_49b5f ON public.reviews_participant IS '3c0ab53ada97d147bede15e96069c6f88284c284';


--
-- Name: audits_evidence pgtrigger_delete_delete_549b0; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_549b0 AFTER DELETE ON public.audits_evidence FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_549b0();


--
-- Name: TRIGGER pgtrigger_delete_delete_549b0 ON audits_evidence; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_549b0 ON public.audits_evidence IS 'babfe41e8ecce956f8900d097945343f09979a29';


--
-- Name: deviations_export pgtrigger_delete_delete_5dc79; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_5dc79 AFTER DELETE ON public.deviations_export FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_5dc79();


--
-- Name: TRIGGER pgtrigger_delete_delete_5dc79 ON deviations_export; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_5dc79 ON public.deviations_export IS '34e43687f32e25019bd3ad129d63ba416d48a79d';


--
-- Name: deviations_attachment pgtrigger_delete_delete_6b94b; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_6b94b AFTER DELETE ON public.deviations_attachment FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_6b94b();


--
-- Name: TRIGGER pgtrigger_delete_delete_6b94b ON deviations_attachment; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_6b94b ON public.deviations_attachment IS 'e30ae221a068c0807babcf01f4c2252c4af51711';


--
-- Name: deviations_legaltrackrule pgtrigger_delete_delete_89897; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_89897 AFTER DELETE ON public.deviations_legaltrackrule FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_89897();


--
-- Name: TRIGGER pgtrigger_delete_delete_89897 ON deviations_legaltrackrule; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_89897 ON public.deviations_legaltrackrule IS '75b935ca262a54b0df56ba510756e4e74f35b277';


--
-- Name: audits_programme pgtrigger_delete_delete_8b788; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_8b788 AFTER DELETE ON public.audits_programme FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_8b788();


--
-- Name: TRIGGER pgtrigger_delete_delete_8b788 ON audits_programme; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_8b788 ON public.audits_programme IS 'ef21f7d6dd40b585240c8df18949519b0b881895';


--
-- Name: deviations_feedbackpolicy pgtrigger_delete_delete_8e52d; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_8e52d AFTER DELETE ON public.deviations_feedbackpolicy FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_8e52d();


--
-- Name: TRIGGER pgtrigger_delete_delete_8e52d ON deviations_feedbackpolicy; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_8e52d ON public.deviations_feedbackpolicy IS 'e56404ce9a317381a7c4d9bcc69d8774d70b43c6';


--
-- Name: deviations_publicactivity pgtrigger_delete_delete_9874d; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_9874d AFTER DELETE ON public.deviations_publicactivity FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_9874d();


--
-- Name: TRIGGER pgtrigger_delete_delete_9874d ON deviations_publicactivity; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_9874d ON public.deviations_publicactivity IS '7a5ec4a51938640dbb76bdbec8ab06b189d67cdf';


--
-- Name: reviews_review pgtrigger_delete_delete_98b05; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_98b05 AFTER DELETE ON public.reviews_review FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_98b05();


--
-- Name: TRIGGER pgtrigger_delete_delete_98b05 ON reviews_review; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_98b05 ON public.reviews_review IS 'f4705afe920d4c340968e4e48d1388074daee81b';


--
-- Name: certifications_certificate pgtrigger_delete_delete_a6fff; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_a6fff AFTER DELETE ON public.certifications_certificate FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_a6fff();


--
-- Name: TRIGGER pgtrigger_delete_delete_a6fff ON certifications_certificate; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_a6fff ON public.certifications_certificate IS '0d3c4bc26e2e8d8daeceb56be96840ef61d9a201';


--
-- Name: certifications_cycle pgtrigger_delete_delete_a8baa; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_a8baa AFTER DELETE ON public.certifications_cycle FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_a8baa();


--
-- Name: TRIGGER pgtrigger_delete_delete_a8baa ON certifications_cycle; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_a8baa ON public.certifications_cycle IS 'c9c18ffeb8c581980eba82bd9c476c8620a26bba';


--
-- Name: provisioning_scimclient pgtrigger_delete_delete_b4da8; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_b4da8 AFTER DELETE ON public.provisioning_scimclient FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_b4da8();


--
-- Name: TRIGGER pgtrigger_delete_delete_b4da8 ON provisioning_scimclient; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_b4da8 ON public.provisioning_scimclient IS 'b93386c0013a0f7639460727b8060aba7e65a136';


--
-- Name: qms_organisationunit pgtrigger_delete_delete_b62b2; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_b62b2 AFTER DELETE ON public.qms_organisationunit FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_b62b2();


--
-- Name: TRIGGER pgtrigger_delete_delete_b62b2 ON qms_organisationunit; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_b62b2 ON public.qms_organisationunit IS '15d9fa87e7482ab3e0a20963502444057d2ce804';


--
-- Name: reviews_qualityreport pgtrigger_delete_delete_b8e4e; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_b8e4e AFTER DELETE ON public.reviews_qualityreport FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_b8e4e();


--
-- Name: TRIGGER pgtrigger_delete_delete_b8e4e ON reviews_qualityreport; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_b8e4e ON public.reviews_qualityreport IS 'ab427976b3ef9fc7de95e3342e63313e20b195a9';


--
-- Name: deviations_supplier pgtrigger_delete_delete_ba336; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_ba336 AFTER DELETE ON public.deviations_supplier FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_ba336();


--
-- Name: TRIGGER pgtrigger_delete_delete_ba336 ON deviations_supplier; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_ba336 ON public.deviations_supplier IS '50370ae46a04f58027305a3ee6a6d0d14c640850';


--
-- Name: identity_rolemapping pgtrigger_delete_delete_bdc9a; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_bdc9a AFTER DELETE ON public.identity_rolemapping FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_bdc9a();


--
-- Name: TRIGGER pgtrigger_delete_delete_bdc9a ON identity_rolemapping; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_bdc9a ON public.identity_rolemapping IS 'c37f4ac44ffa7a0d7a11a2033fd39f65224f9fd0';


--
-- Name: records_proposal pgtrigger_delete_delete_bea66; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_bea66 AFTER DELETE ON public.records_proposal FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_bea66();


--
-- Name: TRIGGER pgtrigger_delete_delete_bea66 ON records_proposal; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_bea66 ON public.records_proposal IS 'd77278f76559692d40da64c2e0e1141cbf1c1381';


--
-- Name: audits_answer pgtrigger_delete_delete_c0d33; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_c0d33 AFTER DELETE ON public.audits_answer FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_c0d33();


--
-- Name: TRIGGER pgtrigger_delete_delete_c0d33 ON audits_answer; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_c0d33 ON public.audits_answer IS '4c4af97effc2eeef1aeb293dc99988a8354994b9';


--
-- Name: reviews_indicatorvalue pgtrigger_delete_delete_c9ccf; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_c9ccf AFTER DELETE ON public.reviews_indicatorvalue FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_c9ccf();


--
-- Name: TRIGGER pgtrigger_delete_delete_c9ccf ON reviews_indicatorvalue; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_c9ccf ON public.reviews_indicatorvalue IS 'ff3f87a31167b846a99c634f85ac8a1195953577';


--
-- Name: records_registerextract pgtrigger_delete_delete_cd4ec; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_cd4ec AFTER DELETE ON public.records_registerextract FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_cd4ec();


--
-- Name: TRIGGER pgtrigger_delete_delete_cd4ec ON records_registerextract; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_cd4ec ON public.records_registerextract IS 'c36df65b3ad314bd1772c3852f8bde49df632c50';


--
-- Name: reviews_decision pgtrigger_delete_delete_cf2f2; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_cf2f2 AFTER DELETE ON public.reviews_decision FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_cf2f2();


--
-- Name: TRIGGER pgtrigger_delete_delete_cf2f2 ON reviews_decision; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_cf2f2 ON public.reviews_decision IS '633cf0405264bb672639d73dfb51237d16d94693';


--
-- Name: records_legalhold pgtrigger_delete_delete_d668b; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_d668b AFTER DELETE ON public.records_legalhold FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_d668b();


--
-- Name: TRIGGER pgtrigger_delete_delete_d668b ON records_legalhold; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_d668b ON public.records_legalhold IS '9683e3f5c562e49e429bf70cb9688e3cf21f8322';


--
-- Name: audits_teammember pgtrigger_delete_delete_dad54; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_dad54 AFTER DELETE ON public.audits_teammember FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_dad54();


--
-- Name: TRIGGER pgtrigger_delete_delete_dad54 ON audits_teammember; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_dad54 ON public.audits_teammember IS '76ea743fbb27fdc1928b28f9c1b9f9f6b8362845';


--
-- Name: deviations_legaltrack pgtrigger_delete_delete_ddefb; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_ddefb AFTER DELETE ON public.deviations_legaltrack FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_ddefb();


--
-- Name: TRIGGER pgtrigger_delete_delete_ddefb ON deviations_legaltrack; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_ddefb ON public.deviations_legaltrack IS 'b9d303f42a2c5ee53055e46d7977ed00a9167552';


--
-- Name: deviations_category pgtrigger_delete_delete_de0de; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_de0de AFTER DELETE ON public.deviations_category FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_de0de();


--
-- Name: TRIGGER pgtrigger_delete_delete_de0de ON deviations_category; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_de0de ON public.deviations_category IS 'afaa2cc1e40d480b453a014dbebcc3896599484f';


--
-- Name: api_webhooksubscription pgtrigger_delete_delete_e242d; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_e242d AFTER DELETE ON public.api_webhooksubscription FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_e242d();


--
-- Name: TRIGGER pgtrigger_delete_delete_e242d ON api_webhooksubscription; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_e242d ON public.api_webhooksubscription IS '5fb622ec5031adaa57a4629dabf2d17111856b7b';


--
-- Name: deviations_suggestion pgtrigger_delete_delete_e5952; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_e5952 AFTER DELETE ON public.deviations_suggestion FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_e5952();


--
-- Name: TRIGGER pgtrigger_delete_delete_e5952 ON deviations_suggestion; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_e5952 ON public.deviations_suggestion IS '5b106a35ed50e3853635c39252de9d84414035c6';


--
-- Name: qms_membership pgtrigger_delete_delete_f107e; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_f107e AFTER DELETE ON public.qms_membership FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_f107e();


--
-- Name: TRIGGER pgtrigger_delete_delete_f107e ON qms_membership; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_f107e ON public.qms_membership IS '32b42f9741b5937758850f0bdcfed8c48d796a7c';


--
-- Name: reviews_reviewitem pgtrigger_delete_delete_f2905; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_f2905 AFTER DELETE ON public.reviews_reviewitem FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_f2905();


--
-- Name: TRIGGER pgtrigger_delete_delete_f2905 ON reviews_reviewitem; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_f2905 ON public.reviews_reviewitem IS '1c8b07330e43e24767f3cb241a87f485823eced8';


--
-- Name: api_serviceaccount pgtrigger_delete_delete_f2e15; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_f2e15 AFTER DELETE ON public.api_serviceaccount FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_f2e15();


--
-- Name: TRIGGER pgtrigger_delete_delete_f2e15 ON api_serviceaccount; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_f2e15 ON public.api_serviceaccount IS '6dededc81c28ae0fd340e9ac333b6ca8d25236c7';


--
-- Name: deviations_accessibilitystatement pgtrigger_delete_delete_f4c8e; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_f4c8e AFTER DELETE ON public.deviations_accessibilitystatement FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_f4c8e();


--
-- Name: TRIGGER pgtrigger_delete_delete_f4c8e ON deviations_accessibilitystatement; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_f4c8e ON public.deviations_accessibilitystatement IS '91cbb2865bd5ef9387cf15ddcd49a0f5899ccbb5';


--
-- Name: identity_rolemapping pgtrigger_insert_insert_01f95; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_01f95 AFTER INSERT ON public.identity_rolemapping FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_01f95();


--
-- Name: TRIGGER pgtrigger_insert_insert_01f95 ON identity_rolemapping; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_01f95 ON public.identity_rolemapping IS '29daba49354b9fc32bf30fcc96f17890a99441b9';


--
-- Name: reviews_patientsafetyreport pgtrigger_insert_insert_04ebb; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_04ebb AFTER INSERT ON public.reviews_patientsafetyreport FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_04ebb();


--
-- Name: TRIGGER pgtrigger_insert_insert_04ebb ON reviews_patientsafetyreport; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_04ebb ON public.reviews_patientsafetyreport IS 'e4905479a17e76b7e928430764550bca424e2f7f';


--
-- Name: audits_audit pgtrigger_insert_insert_0d463; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_0d463 AFTER INSERT ON public.audits_audit FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_0d463();


--
-- Name: TRIGGER pgtrigger_insert_insert_0d463 ON audits_audit; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_0d463 ON public.audits_audit IS '3ed414b7b723a1066efb230d92b80113e37e0c6a';


--
-- Name: deviations_feedback pgtrigger_insert_insert_0e248; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_0e248 AFTER INSERT ON public.deviations_feedback FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_0e248();


--
-- Name: TRIGGER pgtrigger_insert_insert_0e248 ON deviations_feedback; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_0e248 ON public.deviations_feedback IS 'b958d260328cc25f2011232d7010fb9b7d25cbed';


--
-- Name: qms_user pgtrigger_insert_insert_0eda8; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_0eda8 AFTER INSERT ON public.qms_user FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_0eda8();


--
-- Name: TRIGGER pgtrigger_insert_insert_0eda8 ON qms_user; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_0eda8 ON public.qms_user IS 'a058c87382bb3def02d005e3aed8294f03b4ae57';


--
-- Name: reviews_objective pgtrigger_insert_insert_1118c; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_1118c AFTER INSERT ON public.reviews_objective FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_1118c();


--
-- Name: TRIGGER pgtrigger_insert_insert_1118c ON reviews_objective; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_1118c ON public.reviews_objective IS '9ec8246da53bde3f187706ff7f993fd1d1a18774';


--
-- Name: reviews_decision pgtrigger_insert_insert_272c7; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_272c7 AFTER INSERT ON public.reviews_decision FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_272c7();


--
-- Name: TRIGGER pgtrigger_insert_insert_272c7 ON reviews_decision; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_272c7 ON public.reviews_decision IS '247e91eba45eadf6626673fbd0b8cc05519c9631';


--
-- Name: provisioning_scimclient pgtrigger_insert_insert_2b5e0; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_2b5e0 AFTER INSERT ON public.provisioning_scimclient FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_2b5e0();


--
-- Name: TRIGGER pgtrigger_insert_insert_2b5e0 ON provisioning_scimclient; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_2b5e0 ON public.provisioning_scimclient IS '3ba83019678c9c30d9b63f91164a43161655d6a5';


--
-- Name: reviews_participant pgtrigger_insert_insert_32fe2; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_32fe2 AFTER INSERT ON public.reviews_participant FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_32fe2();


--
-- Name: TRIGGER pgtrigger_insert_insert_32fe2 ON reviews_participant; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_32fe2 ON public.reviews_participant IS '898a2ec813718e3a97b694dce441cab6f0395751';


--
-- Name: certifications_certificate pgtrigger_insert_insert_38594; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_38594 AFTER INSERT ON public.certifications_certificate FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_38594();


--
-- Name: TRIGGER pgtrigger_insert_insert_38594 ON certifications_certificate; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_38594 ON public.certifications_certificate IS 'dc81d08d970d984d6dbc237654556526b558d2ce';


--
-- Name: deviations_attachment pgtrigger_insert_insert_434de; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_434de AFTER INSERT ON public.deviations_attachment FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_434de();


--
-- Name: TRIGGER pgtrigger_insert_insert_434de ON deviations_attachment; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_434de ON public.deviations_attachment IS 'e614ce2493dea795d4542965021d4d457772915c';


--
-- Name: deviations_publicactivity pgtrigger_insert_insert_48464; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_48464 AFTER INSERT ON public.deviations_publicactivity FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_48464();


--
-- Name: TRIGGER pgtrigger_insert_insert_48464 ON deviations_publicactivity; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_48464 ON public.deviations_publicactivity IS '042130b02887db38797757f0b434785238b1f546';


--
-- Name: audits_criterion pgtrigger_insert_insert_4bc67; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_4bc67 AFTER INSERT ON public.audits_criterion FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_4bc67();


--
-- Name: TRIGGER pgtrigger_insert_insert_4bc67 ON audits_criterion; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_4bc67 ON public.audits_criterion IS 'deb57ff54c800c2fa303fc4cc8fea47354612e67';


--
-- Name: reviews_indicatorvalue pgtrigger_insert_insert_53182; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_53182 AFTER INSERT ON public.reviews_indicatorvalue FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_53182();


--
-- Name: TRIGGER pgtrigger_insert_insert_53182 ON reviews_indicatorvalue; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_53182 ON public.reviews_indicatorvalue IS '3683fa5bba5a51bfb3843b40ba78afe3d9a4efea';


--
-- Name: deviations_legaltrackrule pgtrigger_insert_insert_56f26; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_56f26 AFTER INSERT ON public.deviations_legaltrackrule FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_56f26();


--
-- Name: TRIGGER pgtrigger_insert_insert_56f26 ON deviations_legaltrackrule; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_56f26 ON public.deviations_legaltrackrule IS '7efc417b9300a719b266c39385f0d2b06a763f4a';


--
-- Name: deviations_legaltrack pgtrigger_insert_insert_5ca0c; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_5ca0c AFTER INSERT ON public.deviations_legaltrack FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_5ca0c();


--
-- Name: TRIGGER pgtrigger_insert_insert_5ca0c ON deviations_legaltrack; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_5ca0c ON public.deviations_legaltrack IS 'd596eaddd2ee41b376dcad96c13e0cc73839ece0';


--
-- Name: certifications_cycle pgtrigger_insert_insert_69fab; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_69fab AFTER INSERT ON public.certifications_cycle FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_69fab();


--
-- Name: TRIGGER pgtrigger_insert_insert_69fab ON certifications_cycle; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_69fab ON public.certifications_cycle IS 'c8caafc3a7591cc8fb71cbefaef7e39e6fb9201d';


--
-- Name: socialaccount_socialaccount pgtrigger_insert_insert_71ce4; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_71ce4 AFTER INSERT ON public.socialaccount_socialaccount FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_71ce4();


--
-- Name: TRIGGER pgtrigger_insert_insert_71ce4 ON socialaccount_socialaccount; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_71ce4 ON public.socialaccount_socialaccount IS 'a221e12937e997ec82173ddfe4247979b41cc7e2';


--
-- Name: api_serviceaccount pgtrigger_insert_insert_7274a; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_7274a AFTER INSERT ON public.api_serviceaccount FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_7274a();


--
-- Name: TRIGGER pgtrigger_insert_insert_7274a ON api_serviceaccount; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_7274a ON public.api_serviceaccount IS 'f924e754b93389e9a1d9c4a733b17507bf925926';


--
-- Name: audits_programme pgtrigger_insert_insert_79a6a; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_79a6a AFTER INSERT ON public.audits_programme FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_79a6a();


--
-- Name: TRIGGER pgtrigger_insert_insert_79a6a ON audits_programme; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_79a6a ON public.audits_programme IS '3c22e45adbd8b0c26e75a10220d33b79da314549';


--
-- Name: reviews_review pgtrigger_insert_insert_7a7c1; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_7a7c1 AFTER INSERT ON public.reviews_review FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_7a7c1();


--
-- Name: TRIGGER pgtrigger_insert_insert_7a7c1 ON reviews_review; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_7a7c1 ON public.reviews_review IS 'a289d6b1cf50632d9c39605bf60f6878f58ca5af';


--
-- Name: deviations_feedbackpolicy pgtrigger_insert_insert_7da43; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_7da43 AFTER INSERT ON public.deviations_feedbackpolicy FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_7da43();


--
-- Name: TRIGGER pgtrigger_insert_insert_7da43 ON deviations_feedbackpolicy; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_7da43 ON public.deviations_feedbackpolicy IS '959d419c1a948a59f0eb0382248f57ee94dff87e';


--
-- Name: deviations_deviation pgtrigger_insert_insert_8194d; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_8194d AFTER INSERT ON public.deviations_deviation FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_8194d();


--
-- Name: TRIGGER pgtrigger_insert_insert_8194d ON deviations_deviation; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_8194d ON public.deviations_deviation IS 'a7b360b623bea2e8a434055c6db521222b13855e';


--
-- Name: deviations_accessibilitystatement pgtrigger_insert_insert_82ac5; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_82ac5 AFTER INSERT ON public.deviations_accessibilitystatement FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_82ac5();


--
-- Name: TRIGGER pgtrigger_insert_insert_82ac5 ON deviations_accessibilitystatement; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_82ac5 ON public.deviations_accessibilitystatement IS '98e2a5407c905374fae7e9d07d27d11aa3719f13';


--
-- Name: certifications_cycleevent pgtrigger_insert_insert_8bd9c; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_8bd9c AFTER INSERT ON public.certifications_cycleevent FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_8bd9c();


--
-- Name: TRIGGER pgtrigger_insert_insert_8bd9c ON certifications_cycleevent; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_8bd9c ON public.certifications_cycleevent IS 'aab67e93786395269ebfda875a3b5bc235844623';


--
-- Name: certifications_evidenceitem pgtrigger_insert_insert_98f10; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_98f10 AFTER INSERT ON public.certifications_evidenceitem FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_98f10();


--
-- Name: TRIGGER pgtrigger_insert_insert_98f10 ON certifications_evidenceitem; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_98f10 ON public.certifications_evidenceitem IS '653ea50a354f33a00f8fdb053b4e29e596cb5c49';


--
-- Name: reviews_indicator pgtrigger_insert_insert_997ad; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_997ad AFTER INSERT ON public.reviews_indicator FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_997ad();


--
-- Name: TRIGGER pgtrigger_insert_insert_997ad ON reviews_indicator; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_997ad ON public.reviews_indicator IS '3a44bf6f596c9670cfe6c417ac5b9f80160f9d11';


--
-- Name: audits_answer pgtrigger_insert_insert_a20d4; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_a20d4 AFTER INSERT ON public.audits_answer FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_a20d4();


--
-- Name: TRIGGER pgtrigger_insert_insert_a20d4 ON audits_answer; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_a20d4 ON public.audits_answer IS '2d9418bfc814ec36001aea290fd10ef3d1291a19';


--
-- Name: audits_teammember pgtrigger_insert_insert_a729c; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_a729c AFTER INSERT ON public.audits_teammember FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_a729c();


--
-- Name: TRIGGER pgtrigger_insert_insert_a729c ON audits_teammember; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_a729c ON public.audits_teammember IS '5b23248cb0fc59e0b0907a13452f339a25f26fd5';


--
-- Name: audits_finding pgtrigger_insert_insert_a7fc3; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_a7fc3 AFTER INSERT ON public.audits_finding FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_a7fc3();


--
-- Name: TRIGGER pgtrigger_insert_insert_a7fc3 ON audits_finding; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_a7fc3 ON public.audits_finding IS 'ca828b8a10dfc2afafd81b42ce298815a2758d22';


--
-- Name: records_archivepackage pgtrigger_insert_insert_a80c2; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_a80c2 AFTER INSERT ON public.records_archivepackage FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_a80c2();


--
-- Name: TRIGGER pgtrigger_insert_insert_a80c2 ON records_archivepackage; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_a80c2 ON public.records_archivepackage IS '522c8b125ba7eb63747c55efff5eb41cb865888a';


--
-- Name: qms_membership pgtrigger_insert_insert_a8792; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_a8792 AFTER INSERT ON public.qms_membership FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_a8792();


--
-- Name: TRIGGER pgtrigger_insert_insert_a8792 ON qms_membership; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_a8792 ON public.qms_membership IS '2370fe12e58cd394fc23a1ce2841d3fde66af387';


--
-- Name: reviews_reviewitem pgtrigger_insert_insert_aa3e4; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_aa3e4 AFTER INSERT ON public.reviews_reviewitem FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_aa3e4();


--
-- Name: TRIGGER pgtrigger_insert_insert_aa3e4 ON reviews_reviewitem; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_aa3e4 ON public.reviews_reviewitem IS 'b87161236ea50cc49847bd15204c3974f9443887';


--
-- Name: deviations_comment pgtrigger_insert_insert_bb389; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_bb389 AFTER INSERT ON public.deviations_comment FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_bb389();


--
-- Name: TRIGGER pgtrigger_insert_insert_bb389 ON deviations_comment; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_bb389 ON public.deviations_comment IS '8d512fe3cf9266cf2435ee45b3b343c9681903e3';


--
-- Name: deviations_requirement pgtrigger_insert_insert_c02c6; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_c02c6 AFTER INSERT ON public.deviations_requirement FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_c02c6();


--
-- Name: TRIGGER pgtrigger_insert_insert_c02c6 ON deviations_requirement; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_c02c6 ON public.deviations_requirement IS '6aded7149ddf70ccf24e7a87bf3944d327637310';


--
-- Name: records_retentionrule pgtrigger_insert_insert_c79d8; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_c79d8 AFTER INSERT ON public.records_retentionrule FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_c79d8();


--
-- Name: TRIGGER pgtrigger_insert_insert_c79d8 ON records_retentionrule; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_c79d8 ON public.records_retentionrule IS '935f6172974d0242835c938a213d4cd688912fa8';


--
-- Name: records_legalhold pgtrigger_insert_insert_c8c9e; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_c8c9e AFTER INSERT ON public.records_legalhold FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_c8c9e();


--
-- Name: TRIGGER pgtrigger_insert_insert_c8c9e ON records_legalhold; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_c8c9e ON public.records_legalhold IS '000b0d42e0067737871e4e32a0822f27f2d0bf7b';


--
-- Name: audits_question pgtrigger_insert_insert_c99d7; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_c99d7 AFTER INSERT ON public.audits_question FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_c99d7();


--
-- Name: TRIGGER pgtrigger_insert_insert_c99d7 ON audits_question; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_c99d7 ON public.audits_question IS 'a174e9e8e109717021feb539daea6e3f312cffc9';


--
-- Name: certifications_standard pgtrigger_insert_insert_cabca; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_cabca AFTER INSERT ON public.certifications_standard FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_cabca();


--
-- Name: TRIGGER pgtrigger_insert_insert_cabca ON certifications_standard; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_cabca ON public.certifications_standard IS '8b010758c5b8186dae5e8769b4ad5e051a9b428f';


--
-- Name: records_proposal pgtrigger_insert_insert_cb1b9; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_cb1b9 AFTER INSERT ON public.records_proposal FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_cb1b9();


--
-- Name: TRIGGER pgtrigger_insert_insert_cb1b9 ON records_proposal; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_cb1b9 ON public.records_proposal IS 'fe9506c09e88fe43f02645366dcba57fcdd4ca20';


--
-- Name: deviations_export pgtrigger_insert_insert_d2b37; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_d2b37 AFTER INSERT ON public.deviations_export FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_d2b37();


--
-- Name: TRIGGER pgtrigger_insert_insert_d2b37 ON deviations_export; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_d2b37 ON public.deviations_export IS '542358769eb37f71ce5203f3f44292cf13885d16';


--
-- Name: deviations_suggestion pgtrigger_insert_insert_d2dbc; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_d2dbc AFTER INSERT ON public.deviations_suggestion FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_d2dbc();


--
-- Name: TRIGGER pgtrigger_insert_insert_d2dbc ON deviations_suggestion; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_d2dbc ON public.deviations_suggestion IS '5f84c9b8425f58fb3c106cfae31f9a39b9b78ed1';


--
-- Name: audits_evidence pgtrigger_insert_insert_d97de; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_d97de AFTER INSERT ON public.audits_evidence FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_d97de();


--
-- Name: TRIGGER pgtrigger_insert_insert_d97de ON audits_evidence; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_d97de ON public.audits_evidence IS 'd35ba4365234610db34eef98212966b2c5da4939';


--
-- Name: records_registerextract pgtrigger_insert_insert_dcccf; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_dcccf AFTER INSERT ON public.records_registerextract FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_dcccf();


--
-- Name: TRIGGER pgtrigger_insert_insert_dcccf ON records_registerextract; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_dcccf ON public.records_registerextract IS 'ab9434665d58f251f4913fa79eae3a3d239db398';


--
-- Name: qms_organisationunit pgtrigger_insert_insert_e0410; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_e0410 AFTER INSERT ON public.qms_organisationunit FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_e0410();


--
-- Name: TRIGGER pgtrigger_insert_insert_e0410 ON qms_organisationunit; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_e0410 ON public.qms_organisationunit IS '8e05d6231611fdfcbc96de76fd21a14f98ed85f0';


--
-- Name: deviations_action pgtrigger_insert_insert_e3c92; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_e3c92 AFTER INSERT ON public.deviations_action FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_e3c92();


--
-- Name: TRIGGER pgtrigger_insert_insert_e3c92 ON deviations_action; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_e3c92 ON public.deviations_action IS '40197bd293337685eb34a0d3dbf5d3809f592bcd';


--
-- Name: api_accesstoken pgtrigger_insert_insert_efc04; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_efc04 AFTER INSERT ON public.api_accesstoken FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_efc04();


--
-- Name: TRIGGER pgtrigger_insert_insert_efc04 ON api_accesstoken; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_efc04 ON public.api_accesstoken IS '0cba061df3729be7b51d407d469dfa753a62cc1f';


--
-- Name: reviews_qualityreport pgtrigger_insert_insert_f234c; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_f234c AFTER INSERT ON public.reviews_qualityreport FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_f234c();


--
-- Name: TRIGGER pgtrigger_insert_insert_f234c ON reviews_qualityreport; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_f234c ON public.reviews_qualityreport IS '8e145010a7dbbf9a1ebaf049d7cf37619b7f142c';


--
-- Name: api_webhooksubscription pgtrigger_insert_insert_f4edf; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_f4edf AFTER INSERT ON public.api_webhooksubscription FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_f4edf();


--
-- Name: TRIGGER pgtrigger_insert_insert_f4edf ON api_webhooksubscription; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_f4edf ON public.api_webhooksubscription IS 'b4051ff54c856a514d9bfde1f92f15c6ceae1e7f';


--
-- Name: qms_publicprofile pgtrigger_insert_insert_facaf; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_facaf AFTER INSERT ON public.qms_publicprofile FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_facaf();


--
-- Name: TRIGGER pgtrigger_insert_insert_facaf ON qms_publicprofile; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_facaf ON public.qms_publicprofile IS '009a9d574350a4d587073162d5da8639897cdd39';


--
-- Name: deviations_category pgtrigger_insert_insert_fd111; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_fd111 AFTER INSERT ON public.deviations_category FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_fd111();


--
-- Name: TRIGGER pgtrigger_insert_insert_fd111 ON deviations_category; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_fd111 ON public.deviations_category IS '81f58a9983f8bedd6d0c1cd1983ffbf0da9453c5';


--
-- Name: deviations_supplier pgtrigger_insert_insert_fe162; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_fe162 AFTER INSERT ON public.deviations_supplier FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_fe162();


--
-- Name: TRIGGER pgtrigger_insert_insert_fe162 ON deviations_supplier; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_fe162 ON public.deviations_supplier IS '92c597e2802da234e2ad843f70d1a0a579380151';


--
-- Name: qms_user pgtrigger_update_update_047cd; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_047cd AFTER UPDATE ON public.qms_user FOR EACH ROW WHEN (((old.date_joined IS DISTINCT FROM new.date_joined) OR ((old.email)::text IS DISTINCT FROM (new.email)::text) OR ((old.employee_number)::text IS DISTINCT FROM (new.employee_number)::text) OR ((old.first_name)::text IS DISTINCT FROM (new.first_name)::text) OR (old.id IS DISTINCT FROM new.id) OR (old.is_active IS DISTINCT FROM new.is_active) OR (old.is_staff IS DISTINCT FROM new.is_staff) OR (old.is_superuser IS DISTINCT FROM new.is_superuser) OR ((old.last_name)::text IS DISTINCT FROM (new.last_name)::text) OR (old.notify_by_email IS DISTINCT FROM new.notify_by_email) OR ((old.title)::text IS DISTINCT FROM (new.title)::text) OR ((old.username)::text IS DISTINCT FROM (new.username)::text))) EXECUTE FUNCTION public.pgtrigger_update_update_047cd();


--
-- Name: TRIGGER pgtrigger_update_update_047cd ON qms_user; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_047cd ON public.qms_user IS 'c7425a93c510706de13f9a6abc8a5495dc02ffde';


--
-- Name: deviations_comment pgtrigger_update_update_051f4; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_051f4 AFTER UPDATE ON public.deviations_comment FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_051f4();


--
-- Name: TRIGGER pgtrigger_update_update_051f4 ON deviations_comment; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_051f4 ON public.deviations_comment IS '58fd19d3f0335b9f50f53d236ae45fb25c835e91';


--
-- Name: identity_rolemapping pgtrigger_update_update_0560b; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_0560b AFTER UPDATE ON public.identity_rolemapping FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_0560b();


--
-- Name: TRIGGER pgtrigger_update_update_0560b ON identity_rolemapping; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_0560b ON public.identity_rolemapping IS '081d5a48422f50b3f64b1028338993415e0e0b46';


--
-- Name: certifications_evidenceitem pgtrigger_update_update_063ed; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_063ed AFTER UPDATE ON public.certifications_evidenceitem FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_063ed();


--
-- Name: TRIGGER pgtrigger_update_update_063ed ON certifications_evidenceitem; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_063ed ON public.certifications_evidenceitem IS 'f7e66b867dd69656f106254d898a267ceff41761';


--
-- Name: deviations_action pgtrigger_update_update_06888; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_06888 AFTER UPDATE ON public.deviations_action FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_06888();


--
-- Name: TRIGGER pgtrigger_update_update_06888 ON deviations_action; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_06888 ON public.deviations_action IS '29b43be540150929aec7e09787650b962e196c2d';


--
-- Name: deviations_legaltrackrule pgtrigger_update_update_071d8; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_071d8 AFTER UPDATE ON public.deviations_legaltrackrule FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_071d8();


--
-- Name: TRIGGER pgtrigger_update_update_071d8 ON deviations_legaltrackrule; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_071d8 ON public.deviations_legaltrackrule IS '56008bb0a2f54064593d6608bc8b6bd85ee09325';


--
-- Name: deviations_legaltrack pgtrigger_update_update_1570a; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_1570a AFTER UPDATE ON public.deviations_legaltrack FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_1570a();


--
-- Name: TRIGGER pgtrigger_update_update_1570a ON deviations_legaltrack; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_1570a ON public.deviations_legaltrack IS 'c036dfa00c042b7abcc2fd4f5a927c42884ee1b7';


--
-- Name: reviews_decision pgtrigger_update_update_23c0b; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_23c0b AFTER UPDATE ON public.reviews_decision FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_23c0b();


--
-- Name: TRIGGER pgtrigger_update_update_23c0b ON reviews_decision; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_23c0b ON public.reviews_decision IS '6cee817a4d93ef766935950cf54b50773bba24bb';


--
-- Name: audits_programme pgtrigger_update_update_250f8; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_250f8 AFTER UPDATE ON public.audits_programme FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_250f8();


--
-- Name: TRIGGER pgtrigger_update_update_250f8 ON audits_programme; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_250f8 ON public.audits_programme IS '7b4b21b121b65c452142e810377f89dbf6534a59';


--
-- Name: deviations_suggestion pgtrigger_update_update_2c183; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_2c183 AFTER UPDATE ON public.deviations_suggestion FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_2c183();


--
-- Name: TRIGGER pgtrigger_update_update_2c183 ON deviations_suggestion; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_2c183 ON public.deviations_suggestion IS 'c69d3311b3cfc518359858ce1eb5f737a6580fe4';


--
-- Name: deviations_category pgtrigger_update_update_36e12; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_36e12 AFTER UPDATE ON public.deviations_category FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_36e12();


--
-- Name: TRIGGER pgtrigger_update_update_36e12 ON deviations_category; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_36e12 ON public.deviations_category IS '9e33d54067e3076587ab6532d585972abcae1bc1';


--
-- Name: deviations_feedbackpolicy pgtrigger_update_update_3afb7; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_3afb7 AFTER UPDATE ON public.deviations_feedbackpolicy FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_3afb7();


--
-- Name: TRIGGER pgtrigger_update_update_3afb7 ON deviations_feedbackpolicy; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_3afb7 ON public.deviations_feedbackpolicy IS '71766fd7fe31ff243c95828e9098a75c08c1a871';


--
-- Name: certifications_standard pgtrigger_update_update_53605; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_53605 AFTER UPDATE ON public.certifications_standard FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_53605();


--
-- Name: TRIGGER pgtrigger_update_update_53605 ON certifications_standard; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_53605 ON public.certifications_standard IS '8a3f5e533cb42d023b49fc4a31a2d6eea6ee4eb2';


--
-- Name: api_accesstoken pgtrigger_update_update_54bc0; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_54bc0 AFTER UPDATE ON public.api_accesstoken FOR EACH ROW WHEN (((old.created_at IS DISTINCT FROM new.created_at) OR (old.created_by_id IS DISTINCT FROM new.created_by_id) OR (old.expires_at IS DISTINCT FROM new.expires_at) OR ((old.hint)::text IS DISTINCT FROM (new.hint)::text) OR (old.id IS DISTINCT FROM new.id) OR ((old.name)::text IS DISTINCT FROM (new.name)::text) OR (old.revoked_at IS DISTINCT FROM new.revoked_at) OR ((old.scope)::text IS DISTINCT FROM (new.scope)::text) OR (old.user_id IS DISTINCT FROM new.user_id))) EXECUTE FUNCTION public.pgtrigger_update_update_54bc0();


--
-- Name: TRIGGER pgtrigger_update_update_54bc0 ON api_accesstoken; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_54bc0 ON public.api_accesstoken IS '2fccc9beba41642b4b93be30a7350365f2222e4c';


--
-- Name: records_retentionrule pgtrigger_update_update_58275; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_58275 AFTER UPDATE ON public.records_retentionrule FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_58275();


--
-- Name: TRIGGER pgtrigger_update_update_58275 ON records_retentionrule; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_58275 ON public.records_retentionrule IS '773e33a41e25608a3adefa5304c3655c3c0b5dc0';


--
-- Name: api_webhooksubscription pgtrigger_update_update_58458; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_58458 AFTER UPDATE ON public.api_webhooksubscription FOR EACH ROW WHEN (((old.created_at IS DISTINCT FROM new.created_at) OR (old.event_types IS DISTINCT FROM new.event_types) OR (old.id IS DISTINCT FROM new.id) OR (old.is_active IS DISTINCT FROM new.is_active) OR ((old.name)::text IS DISTINCT FROM (new.name)::text) OR (old.owner_id IS DISTINCT FROM new.owner_id) OR ((old.url)::text IS DISTINCT FROM (new.url)::text))) EXECUTE FUNCTION public.pgtrigger_update_update_58458();


--
-- Name: TRIGGER pgtrigger_update_update_58458 ON api_webhooksubscription; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_58458 ON public.api_webhooksubscription IS '280d9ab8cda5ac433b4ed5e08efa273bef2ed3c8';


--
-- Name: reviews_participant pgtrigger_update_update_5b0c1; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_5b0c1 AFTER UPDATE ON public.reviews_participant FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_5b0c1();


--
-- Name: TRIGGER pgtrigger_update_update_5b0c1 ON reviews_participant; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_5b0c1 ON public.reviews_participant IS '31cae387de3aa4d9f837d428c8119b275ae69fff';


--
-- Name: records_proposal pgtrigger_update_update_60566; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_60566 AFTER UPDATE ON public.records_proposal FOR EACH ROW WHEN (((old.approved_at IS DISTINCT FROM new.approved_at) OR (old.approved_by_id IS DISTINCT FROM new.approved_by_id) OR (old.as_of IS DISTINCT FROM new.as_of) OR (old.created_at IS DISTINCT FROM new.created_at) OR (old.created_by_id IS DISTINCT FROM new.created_by_id) OR (old.finished_at IS DISTINCT FROM new.finished_at) OR (old.id IS DISTINCT FROM new.id) OR (old.organisation_id IS DISTINCT FROM new.organisation_id) OR (old.rejected_reason IS DISTINCT FROM new.rejected_reason) OR (old.started_at IS DISTINCT FROM new.started_at) OR ((old.status)::text IS DISTINCT FROM (new.status)::text))) EXECUTE FUNCTION public.pgtrigger_update_update_60566();


--
-- Name: TRIGGER pgtrigger_update_update_60566 ON records_proposal; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_60566 ON public.records_proposal IS 'd78480954eac4f9dcd60c442286252a5bc4ba1fb';


--
-- Name: deviations_requirement pgtrigger_update_update_632d6; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_632d6 AFTER UPDATE ON public.deviations_requirement FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_632d6();


--
-- Name: TRIGGER pgtrigger_update_update_632d6 ON deviations_requirement; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_632d6 ON public.deviations_requirement IS 'f6432853815df1fc5e62a8d68d8a43e6e100c8ba';


--
-- Name: audits_finding pgtrigger_update_update_79e16; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_79e16 AFTER UPDATE ON public.audits_finding FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_79e16();


--
-- Name: TRIGGER pgtrigger_update_update_79e16 ON audits_finding; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_79e16 ON public.audits_finding IS 'f0cb652c54bbfef0c8ecd8623136cab5da7fd659';


--
-- Name: reviews_patientsafetyreport pgtrigger_update_update_7fcc8; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_7fcc8 AFTER UPDATE ON public.reviews_patientsafetyreport FOR EACH ROW WHEN (((old.analysis IS DISTINCT FROM new.analysis) OR (old.complaints IS DISTINCT FROM new.complaints) OR (old.cooperation IS DISTINCT FROM new.cooperation) OR (old.created_at IS DISTINCT FROM new.created_at) OR (old.created_by_id IS DISTINCT FROM new.created_by_id) OR (old.decisions_asked IS DISTINCT FROM new.decisions_asked) OR (old.deviations_text IS DISTINCT FROM new.deviations_text) OR (old.follow_up IS DISTINCT FROM new.follow_up) OR (old.goals IS DISTINCT FROM new.goals) OR (old.id IS DISTINCT FROM new.id) OR (old.messages IS DISTINCT FROM new.messages) OR (old.next_year IS DISTINCT FROM new.next_year) OR (old.published_at IS DISTINCT FROM new.published_at) OR (old.published_by_id IS DISTINCT FROM new.published_by_id) OR (old.responsibility IS DISTINCT FROM new.responsibility) OR (old.results IS DISTINCT FROM new.results) OR (old.revision_of_id IS DISTINCT FROM new.revision_of_id) OR (old.revision_reason IS DISTINCT FROM new.revision_reason) OR (old.risk_analysis IS DISTINCT FROM new.risk_analysis) OR (old.self_monitoring IS DISTINCT FROM new.self_monitoring) OR ((old.status)::text IS DISTINCT FROM (new.status)::text) OR (old.unit_id IS DISTINCT FROM new.unit_id) OR (old.year IS DISTINCT FROM new.year))) EXECUTE FUNCTION public.pgtrigger_update_update_7fcc8();


--
-- Name: TRIGGER pgtrigger_update_update_7fcc8 ON reviews_patientsafetyreport; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_7fcc8 ON public.reviews_patientsafetyreport IS 'c8c7f283b98cd44f52aa44c7aaba5530ec73bdbc';


--
-- Name: reviews_reviewitem pgtrigger_update_update_8188c; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_8188c AFTER UPDATE ON public.reviews_reviewitem FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_8188c();


--
-- Name: TRIGGER pgtrigger_update_update_8188c ON reviews_reviewitem; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_8188c ON public.reviews_reviewitem IS 'dd200552c664edd29e23b734d3fb077898f77df6';


--
-- Name: audits_audit pgtrigger_update_update_854cb; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_854cb AFTER UPDATE ON public.audits_audit FOR EACH ROW WHEN (((old.cancel_reason IS DISTINCT FROM new.cancel_reason) OR (old.closed_at IS DISTINCT FROM new.closed_at) OR (old.conclusion IS DISTINCT FROM new.conclusion) OR (old.created_at IS DISTINCT FROM new.created_at) OR (old.created_by_id IS DISTINCT FROM new.created_by_id) OR ((old.external_auditors)::text IS DISTINCT FROM (new.external_auditors)::text) OR ((old.external_body)::text IS DISTINCT FROM (new.external_body)::text) OR ((old.external_reference)::text IS DISTINCT FROM (new.external_reference)::text) OR (old.id IS DISTINCT FROM new.id) OR ((old.kind)::text IS DISTINCT FROM (new.kind)::text) OR (old.participants IS DISTINCT FROM new.participants) OR (old.performed_on IS DISTINCT FROM new.performed_on) OR (old.planned_date IS DISTINCT FROM new.planned_date) OR ((old.priority)::text IS DISTINCT FROM (new.priority)::text) OR (old.priority_reason IS DISTINCT FROM new.priority_reason) OR ((old.process)::text IS DISTINCT FROM (new.process)::text) OR (old.programme_id IS DISTINCT FROM new.programme_id) OR (old.reported_at IS DISTINCT FROM new.reported_at) OR (old.scope IS DISTINCT FROM new.scope) OR ((old.status)::text IS DISTINCT FROM (new.status)::text) OR (old.summary IS DISTINCT FROM new.summary) OR ((old.title)::text IS DISTINCT FROM (new.title)::text) OR (old.unit_id IS DISTINCT FROM new.unit_id))) EXECUTE FUNCTION public.pgtrigger_update_update_854cb();


--
-- Name: TRIGGER pgtrigger_update_update_854cb ON audits_audit; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_854cb ON public.audits_audit IS 'd30787982941b65fca8e3771ff58485aee9e604a';


--
-- Name: records_legalhold pgtrigger_update_update_8f70c; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_8f70c AFTER UPDATE ON public.records_legalhold FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_8f70c();


--
-- Name: TRIGGER pgtrigger_update_update_8f70c ON records_legalhold; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_8f70c ON public.records_legalhold IS '864291c59ba547fa261e060080fb2fc3bc28ba8b';


--
-- Name: socialaccount_socialaccount pgtrigger_update_update_9380c; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_9380c AFTER UPDATE ON public.socialaccount_socialaccount FOR EACH ROW WHEN (((old.date_joined IS DISTINCT FROM new.date_joined) OR (old.id IS DISTINCT FROM new.id) OR ((old.provider)::text IS DISTINCT FROM (new.provider)::text) OR ((old.uid)::text IS DISTINCT FROM (new.uid)::text) OR (old.user_id IS DISTINCT FROM new.user_id))) EXECUTE FUNCTION public.pgtrigger_update_update_9380c();


--
-- Name: TRIGGER pgtrigger_update_update_9380c ON socialaccount_socialaccount; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_9380c ON public.socialaccount_socialaccount IS '3f829d3b9b449264a0d4deebc02c8636fbac1281';


--
-- Name: deviations_accessibilitystatement pgtrigger_update_update_9686b; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_9686b AFTER UPDATE ON public.deviations_accessibilitystatement FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_9686b();


--
-- Name: TRIGGER pgtrigger_update_update_9686b ON deviations_accessibilitystatement; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_9686b ON public.deviations_accessibilitystatement IS 'abf230633fe8ddf638748ca45a4618b1bf00a567';


--
-- Name: reviews_indicatorvalue pgtrigger_update_update_973b5; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_973b5 AFTER UPDATE ON public.reviews_indicatorvalue FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_973b5();


--
-- Name: TRIGGER pgtrigger_update_update_973b5 ON reviews_indicatorvalue; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_973b5 ON public.reviews_indicatorvalue IS '2720d4fd990603adff483e0b7e96cf1e7104a7eb';


--
-- Name: certifications_cycle pgtrigger_update_update_9e062; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_9e062 AFTER UPDATE ON public.certifications_cycle FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_9e062();


--
-- Name: TRIGGER pgtrigger_update_update_9e062 ON certifications_cycle; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_9e062 ON public.certifications_cycle IS 'b7e3c6f5684341e0c09c5ee39b892c41e1e2e484';


--
-- Name: qms_membership pgtrigger_update_update_ab046; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_ab046 AFTER UPDATE ON public.qms_membership FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_ab046();


--
-- Name: TRIGGER pgtrigger_update_update_ab046 ON qms_membership; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_ab046 ON public.qms_membership IS '002fe79e98cce9810ca553047bca9ccf5d66116a';


--
-- Name: certifications_certificate pgtrigger_update_update_ad67b; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_ad67b AFTER UPDATE ON public.certifications_certificate FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_ad67b();


--
-- Name: TRIGGER pgtrigger_update_update_ad67b ON certifications_certificate; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_ad67b ON public.certifications_certificate IS 'a4444c666c54544864a2ade2c156389d2a80f314';


--
-- Name: certifications_cycleevent pgtrigger_update_update_adf66; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_adf66 AFTER UPDATE ON public.certifications_cycleevent FOR EACH ROW WHEN (((old.actual_date IS DISTINCT FROM new.actual_date) OR (old.audit_content_type_id IS DISTINCT FROM new.audit_content_type_id) OR (old.audit_object_id IS DISTINCT FROM new.audit_object_id) OR ((old.audit_reference)::text IS DISTINCT FROM (new.audit_reference)::text) OR (old.cycle_id IS DISTINCT FROM new.cycle_id) OR (old.id IS DISTINCT FROM new.id) OR ((old.kind)::text IS DISTINCT FROM (new.kind)::text) OR ((old.name)::text IS DISTINCT FROM (new.name)::text) OR (old.notes IS DISTINCT FROM new.notes) OR ((old.outcome)::text IS DISTINCT FROM (new.outcome)::text) OR (old.planned_by_cycle IS DISTINCT FROM new.planned_by_cycle) OR (old.planned_date IS DISTINCT FROM new.planned_date) OR (old.template_id IS DISTINCT FROM new.template_id))) EXECUTE FUNCTION public.pgtrigger_update_update_adf66();


--
-- Name: TRIGGER pgtrigger_update_update_adf66 ON certifications_cycleevent; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_adf66 ON public.certifications_cycleevent IS 'd4b39e3dfbe1d7d65bb2f5b0e07ed68c92c177f0';


--
-- Name: audits_teammember pgtrigger_update_update_b2664; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_b2664 AFTER UPDATE ON public.audits_teammember FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_b2664();


--
-- Name: TRIGGER pgtrigger_update_update_b2664 ON audits_teammember; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_b2664 ON public.audits_teammember IS '19272d8b2cd096902322feda3b393aaf6503efa9';


--
-- Name: reviews_review pgtrigger_update_update_b34c8; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_b34c8 AFTER UPDATE ON public.reviews_review FOR EACH ROW WHEN (((old.approved_at IS DISTINCT FROM new.approved_at) OR (old.approved_by_id IS DISTINCT FROM new.approved_by_id) OR (old.chair_id IS DISTINCT FROM new.chair_id) OR (old.created_at IS DISTINCT FROM new.created_at) OR (old.created_by_id IS DISTINCT FROM new.created_by_id) OR (old.decisions_asked IS DISTINCT FROM new.decisions_asked) OR (old.held_on IS DISTINCT FROM new.held_on) OR (old.id IS DISTINCT FROM new.id) OR (old.messages IS DISTINCT FROM new.messages) OR ((old.pdf_status)::text IS DISTINCT FROM (new.pdf_status)::text) OR (old.period_end IS DISTINCT FROM new.period_end) OR (old.period_start IS DISTINCT FROM new.period_start) OR (old.revision_of_id IS DISTINCT FROM new.revision_of_id) OR (old.revision_reason IS DISTINCT FROM new.revision_reason) OR ((old.status)::text IS DISTINCT FROM (new.status)::text) OR ((old.title)::text IS DISTINCT FROM (new.title)::text) OR (old.unit_id IS DISTINCT FROM new.unit_id))) EXECUTE FUNCTION public.pgtrigger_update_update_b34c8();


--
-- Name: TRIGGER pgtrigger_update_update_b34c8 ON reviews_review; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_b34c8 ON public.reviews_review IS '3ca05d8661096d21bb66a3c273ef93673040a86e';


--
-- Name: deviations_supplier pgtrigger_update_update_b473a; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_b473a AFTER UPDATE ON public.deviations_supplier FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_b473a();


--
-- Name: TRIGGER pgtrigger_update_update_b473a ON deviations_supplier; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_b473a ON public.deviations_supplier IS '37eff7eb61fb8208c2e1bff3ef122834c1122624';


--
-- Name: audits_criterion pgtrigger_update_update_b5165; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_b5165 AFTER UPDATE ON public.audits_criterion FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_b5165();


--
-- Name: TRIGGER pgtrigger_update_update_b5165 ON audits_criterion; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_b5165 ON public.audits_criterion IS '892a708ed9caef426eb520ab73463253b6a441e3';


--
-- Name: deviations_feedback pgtrigger_update_update_bc355; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_bc355 AFTER UPDATE ON public.deviations_feedback FOR EACH ROW WHEN (((old.answer IS DISTINCT FROM new.answer) OR ((old.answer_sent_to)::text IS DISTINCT FROM (new.answer_sent_to)::text) OR (old.answered_at IS DISTINCT FROM new.answered_at) OR (old.answered_by_id IS DISTINCT FROM new.answered_by_id) OR (old.assignee_id IS DISTINCT FROM new.assignee_id) OR (old.closed_at IS DISTINCT FROM new.closed_at) OR (old.contact_removed_at IS DISTINCT FROM new.contact_removed_at) OR (old.created_at IS DISTINCT FROM new.created_at) OR (old.deviation_id IS DISTINCT FROM new.deviation_id) OR (old.due_date IS DISTINCT FROM new.due_date) OR (old.id IS DISTINCT FROM new.id) OR ((old.kind)::text IS DISTINCT FROM (new.kind)::text) OR ((old.number)::text IS DISTINCT FROM (new.number)::text) OR (old.organisation_id IS DISTINCT FROM new.organisation_id) OR ((old.status)::text IS DISTINCT FROM (new.status)::text) OR (old.text IS DISTINCT FROM new.text) OR (old.unit_id IS DISTINCT FROM new.unit_id))) EXECUTE FUNCTION public.pgtrigger_update_update_bc355();


--
-- Name: TRIGGER pgtrigger_update_update_bc355 ON deviations_feedback; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_bc355 ON public.deviations_feedback IS '7df4c87ca1865ac83f989a6db0f956f0c4321a8c';


--
-- Name: deviations_deviation pgtrigger_update_update_bcfff; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_bcfff AFTER UPDATE ON public.deviations_deviation FOR EACH ROW WHEN (((old.category_id IS DISTINCT FROM new.category_id) OR (old.cause_analysis IS DISTINCT FROM new.cause_analysis) OR (old.cause_groups IS DISTINCT FROM new.cause_groups) OR (old.closed_at IS DISTINCT FROM new.closed_at) OR (old.consequence IS DISTINCT FROM new.consequence) OR (old.created_at IS DISTINCT FROM new.created_at) OR (old.description IS DISTINCT FROM new.description) OR (old.dismissal_reason IS DISTINCT FROM new.dismissal_reason) OR (old.effect_check_due IS DISTINCT FROM new.effect_check_due) OR (old.effect_check_result IS DISTINCT FROM new.effect_check_result) OR (old.effect_checked_at IS DISTINCT FROM new.effect_checked_at) OR (old.effectiveness_evaluation IS DISTINCT FROM new.effectiveness_evaluation) OR ((old.ia_case_number)::text IS DISTINCT FROM (new.ia_case_number)::text) OR (old.id IS DISTINCT FROM new.id) OR (old.immediate_action IS DISTINCT FROM new.immediate_action) OR (old.investigator_id IS DISTINCT FROM new.investigator_id) OR (old.is_confidential IS DISTINCT FROM new.is_confidential) OR ((old.location)::text IS DISTINCT FROM (new.location)::text) OR ((old.number)::text IS DISTINCT FROM (new.number)::text) OR (old.occurred_at IS DISTINCT FROM new.occurred_at) OR (old.organisation_id IS DISTINCT FROM new.organisation_id) OR ((old.previous_number)::text IS DISTINCT FROM (new.previous_number)::text) OR (old.probability IS DISTINCT FROM new.probability) OR (old.reopen_reason IS DISTINCT FROM new.reopen_reason) OR (old.reported_by_id IS DISTINCT FROM new.reported_by_id) OR (old.requirement_id IS DISTINCT FROM new.requirement_id) OR ((old.status)::text IS DISTINCT FROM (new.status)::text) OR (old.supplier_id IS DISTINCT FROM new.supplier_id) OR ((old.title)::text IS DISTINCT FROM (new.title)::text) OR (old.unit_id IS DISTINCT FROM new.unit_id) OR (old.updated_at IS DISTINCT FROM new.updated_at))) EXECUTE FUNCTION public.pgtrigger_update_update_bcfff();


--
-- Name: TRIGGER pgtrigger_update_update_bcfff ON deviations_deviation; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_bcfff ON public.deviations_deviation IS '12749b15c14e92a36999f8687e6f01dc1a8a2197';


--
-- Name: records_registerextract pgtrigger_update_update_be56a; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_be56a AFTER UPDATE ON public.records_registerextract FOR EACH ROW WHEN (((old.created_at IS DISTINCT FROM new.created_at) OR (old.error IS DISTINCT FROM new.error) OR (old.finished_at IS DISTINCT FROM new.finished_at) OR (old.id IS DISTINCT FROM new.id) OR ((old.reference)::text IS DISTINCT FROM (new.reference)::text) OR (old.requested_by_id IS DISTINCT FROM new.requested_by_id) OR (old.scope_id IS DISTINCT FROM new.scope_id) OR ((old.status)::text IS DISTINCT FROM (new.status)::text) OR ((old.subject_email)::text IS DISTINCT FROM (new.subject_email)::text) OR ((old.subject_name)::text IS DISTINCT FROM (new.subject_name)::text) OR (old.subject_user_id IS DISTINCT FROM new.subject_user_id))) EXECUTE FUNCTION public.pgtrigger_update_update_be56a();


--
-- Name: TRIGGER pgtrigger_update_update_be56a ON records_registerextract; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_be56a ON public.records_registerextract IS 'ee87172e3305f83bdae95f1116436e1f0c052c7a';


--
-- Name: audits_evidence pgtrigger_update_update_c5357; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_c5357 AFTER UPDATE ON public.audits_evidence FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_c5357();


--
-- Name: TRIGGER pgtrigger_update_update_c5357 ON audits_evidence; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_c5357 ON public.audits_evidence IS '983ec167a38f9bb4c4f855ba4ce27b72b66ac03d';


--
-- Name: records_archivepackage pgtrigger_update_update_cc03a; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_cc03a AFTER UPDATE ON public.records_archivepackage FOR EACH ROW WHEN (((old.created_at IS DISTINCT FROM new.created_at) OR (old.delivered_at IS DISTINCT FROM new.delivered_at) OR (old.delivered_by_id IS DISTINCT FROM new.delivered_by_id) OR ((old.delivery_receipt)::text IS DISTINCT FROM (new.delivery_receipt)::text) OR (old.error IS DISTINCT FROM new.error) OR (old.finished_at IS DISTINCT FROM new.finished_at) OR (old.id IS DISTINCT FROM new.id) OR (old.organisation_id IS DISTINCT FROM new.organisation_id) OR (old.period_end IS DISTINCT FROM new.period_end) OR (old.period_start IS DISTINCT FROM new.period_start) OR (old.record_ids IS DISTINCT FROM new.record_ids) OR ((old.record_type)::text IS DISTINCT FROM (new.record_type)::text) OR (old.requested_by_id IS DISTINCT FROM new.requested_by_id) OR ((old.sha256)::text IS DISTINCT FROM (new.sha256)::text) OR (old.size IS DISTINCT FROM new.size) OR ((old.status)::text IS DISTINCT FROM (new.status)::text))) EXECUTE FUNCTION public.pgtrigger_update_update_cc03a();


--
-- Name: TRIGGER pgtrigger_update_update_cc03a ON records_archivepackage; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_cc03a ON public.records_archivepackage IS '21c6eea84e560b482baef78defb57d1c0fb06756';


--
-- Name: reviews_objective pgtrigger_update_update_cf9b5; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_cf9b5 AFTER UPDATE ON public.reviews_objective FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_cf9b5();


--
-- Name: TRIGGER pgtrigger_update_update_cf9b5 ON reviews_objective; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_cf9b5 ON public.reviews_objective IS 'c874e631b99fe1e912d1a211b67437f709cbb4bf';


--
-- Name: deviations_attachment pgtrigger_update_update_d4ac8; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_d4ac8 AFTER UPDATE ON public.deviations_attachment FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_d4ac8();


--
-- Name: TRIGGER pgtrigger_update_update_d4ac8 ON deviations_attachment; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_d4ac8 ON public.deviations_attachment IS '9ff55010273ec6cd8fc61d0c50de134b4733472c';


--
-- Name: deviations_export pgtrigger_update_update_d7b3f; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_d7b3f AFTER UPDATE ON public.deviations_export FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_d7b3f();


--
-- Name: TRIGGER pgtrigger_update_update_d7b3f ON deviations_export; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_d7b3f ON public.deviations_export IS 'a0324ed61fda1fd04676c5630771e2285361a338';


--
-- Name: audits_answer pgtrigger_update_update_d9b5e; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_d9b5e AFTER UPDATE ON public.audits_answer FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_d9b5e();


--
-- Name: TRIGGER pgtrigger_update_update_d9b5e ON audits_answer; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_d9b5e ON public.audits_answer IS '3c7fd7c60c64a3c743d116e2195fc2989f04780a';


--
-- Name: deviations_publicactivity pgtrigger_update_update_d9c00; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_d9c00 AFTER UPDATE ON public.deviations_publicactivity FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_d9c00();


--
-- Name: TRIGGER pgtrigger_update_update_d9c00 ON deviations_publicactivity; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_d9c00 ON public.deviations_publicactivity IS 'f2bfd4f72aa2234c5647ddf78c414c511a98e8f6';


--
-- Name: qms_publicprofile pgtrigger_update_update_df10c; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_df10c AFTER UPDATE ON public.qms_publicprofile FOR EACH ROW WHEN (((old.id IS DISTINCT FROM new.id) OR ((old.logo)::text IS DISTINCT FROM (new.logo)::text) OR ((old.organisation_name)::text IS DISTINCT FROM (new.organisation_name)::text) OR (old.updated_at IS DISTINCT FROM new.updated_at))) EXECUTE FUNCTION public.pgtrigger_update_update_df10c();


--
-- Name: TRIGGER pgtrigger_update_update_df10c ON qms_publicprofile; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_df10c ON public.qms_publicprofile IS '02a0f4e470dd5eeaa6cfee5557719a640832a5ed';


--
-- Name: provisioning_scimclient pgtrigger_update_update_e0737; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_e0737 AFTER UPDATE ON public.provisioning_scimclient FOR EACH ROW WHEN (((old.created_at IS DISTINCT FROM new.created_at) OR (old.created_by_id IS DISTINCT FROM new.created_by_id) OR (old.id IS DISTINCT FROM new.id) OR ((old.name)::text IS DISTINCT FROM (new.name)::text) OR (old.revoked_at IS DISTINCT FROM new.revoked_at) OR (old.rotated_at IS DISTINCT FROM new.rotated_at) OR ((old.token_hint)::text IS DISTINCT FROM (new.token_hint)::text))) EXECUTE FUNCTION public.pgtrigger_update_update_e0737();


--
-- Name: TRIGGER pgtrigger_update_update_e0737 ON provisioning_scimclient; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_e0737 ON public.provisioning_scimclient IS '01464e79854994b58c1c24d36c521940b04ffcd1';


--
-- Name: reviews_qualityreport pgtrigger_update_update_e1f67; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_e1f67 AFTER UPDATE ON public.reviews_qualityreport FOR EACH ROW WHEN (((old.actions_taken IS DISTINCT FROM new.actions_taken) OR (old.created_at IS DISTINCT FROM new.created_at) OR (old.created_by_id IS DISTINCT FROM new.created_by_id) OR (old.decisions_asked IS DISTINCT FROM new.decisions_asked) OR (old.id IS DISTINCT FROM new.id) OR (old.messages IS DISTINCT FROM new.messages) OR (old.published_at IS DISTINCT FROM new.published_at) OR (old.published_by_id IS DISTINCT FROM new.published_by_id) OR (old.results IS DISTINCT FROM new.results) OR (old.revision_of_id IS DISTINCT FROM new.revision_of_id) OR (old.revision_reason IS DISTINCT FROM new.revision_reason) OR ((old.status)::text IS DISTINCT FROM (new.status)::text) OR (old.unit_id IS DISTINCT FROM new.unit_id) OR (old.work_done IS DISTINCT FROM new.work_done) OR (old.year IS DISTINCT FROM new.year))) EXECUTE FUNCTION public.pgtrigger_update_update_e1f67();


--
-- Name: TRIGGER pgtrigger_update_update_e1f67 ON reviews_qualityreport; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_e1f67 ON public.reviews_qualityreport IS '042ca95030d775f21d0206d21fed12b08df04de8';


--
-- Name: audits_question pgtrigger_update_update_e38f2; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_e38f2 AFTER UPDATE ON public.audits_question FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_e38f2();


--
-- Name: TRIGGER pgtrigger_update_update_e38f2 ON audits_question; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_e38f2 ON public.audits_question IS '751ca6f2db2fe142661f85783b4c4f3c8de7d070';


--
-- Name: reviews_indicator pgtrigger_update_update_e6809; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_e6809 AFTER UPDATE ON public.reviews_indicator FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_e6809();


--
-- Name: TRIGGER pgtrigger_update_update_e6809 ON reviews_indicator; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_e6809 ON public.reviews_indicator IS '535276617c5d82099245de1d3d1b09c949e15c8b';


--
-- Name: api_serviceaccount pgtrigger_update_update_eb61c; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_eb61c AFTER UPDATE ON public.api_serviceaccount FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_eb61c();


--
-- Name: TRIGGER pgtrigger_update_update_eb61c ON api_serviceaccount; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_eb61c ON public.api_serviceaccount IS '0e73c94aef3bbe4111aa079f7659582b8ed4aedd';


--
-- Name: qms_organisationunit pgtrigger_update_update_ebae0; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_ebae0 AFTER UPDATE ON public.qms_organisationunit FOR EACH ROW WHEN ((((old.code)::text IS DISTINCT FROM (new.code)::text) OR (old.depth IS DISTINCT FROM new.depth) OR (old.id IS DISTINCT FROM new.id) OR (old.is_active IS DISTINCT FROM new.is_active) OR ((old.kind)::text IS DISTINCT FROM (new.kind)::text) OR ((old.name)::text IS DISTINCT FROM (new.name)::text) OR ((old.path)::text IS DISTINCT FROM (new.path)::text))) EXECUTE FUNCTION public.pgtrigger_update_update_ebae0();


--
-- Name: TRIGGER pgtrigger_update_update_ebae0 ON qms_organisationunit; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_ebae0 ON public.qms_organisationunit IS 'feadfcf0a8cf94dfe581f591aee9274ab1fe8405';


--
-- Name: account_emailaddress account_emailaddress_user_id_2c513194_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_emailaddress
    ADD CONSTRAINT account_emailaddress_user_id_2c513194_fk_qms_user_id FOREIGN KEY (user_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: account_emailconfirmation account_emailconfirm_email_address_id_5b7f8c58_fk_account_e; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_emailconfirmation
    ADD CONSTRAINT account_emailconfirm_email_address_id_5b7f8c58_fk_account_e FOREIGN KEY (email_address_id) REFERENCES public.account_emailaddress(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: api_accesstoken api_accesstoken_created_by_id_f922bec5_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_accesstoken
    ADD CONSTRAINT api_accesstoken_created_by_id_f922bec5_fk_qms_user_id FOREIGN KEY (created_by_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: api_accesstoken api_accesstoken_user_id_47b5ec5a_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_accesstoken
    ADD CONSTRAINT api_accesstoken_user_id_47b5ec5a_fk_qms_user_id FOREIGN KEY (user_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: api_serviceaccount api_serviceaccount_created_by_id_ece7ebbb_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_serviceaccount
    ADD CONSTRAINT api_serviceaccount_created_by_id_ece7ebbb_fk_qms_user_id FOREIGN KEY (created_by_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: api_serviceaccount api_serviceaccount_user_id_6d879e43_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_serviceaccount
    ADD CONSTRAINT api_serviceaccount_user_id_6d879e43_fk_qms_user_id FOREIGN KEY (user_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: api_webhookattempt api_webhookattempt_delivery_id_c4c9902f_fk_api_webho; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_webhookattempt
    ADD CONSTRAINT api_webhookattempt_delivery_id_c4c9902f_fk_api_webho FOREIGN KEY (delivery_id) REFERENCES public.api_webhookdelivery(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: api_webhookdelivery api_webhookdelivery_event_id_93be418e_fk_api_webhookevent_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_webhookdelivery
    ADD CONSTRAINT api_webhookdelivery_event_id_93be418e_fk_api_webhookevent_id FOREIGN KEY (event_id) REFERENCES public.api_webhookevent(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: api_webhookdelivery api_webhookdelivery_subscription_id_7353f082_fk_api_webho; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_webhookdelivery
    ADD CONSTRAINT api_webhookdelivery_subscription_id_7353f082_fk_api_webho FOREIGN KEY (subscription_id) REFERENCES public.api_webhooksubscription(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: api_webhooksubscription api_webhooksubscription_owner_id_0dfeccfa_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_webhooksubscription
    ADD CONSTRAINT api_webhooksubscription_owner_id_0dfeccfa_fk_qms_user_id FOREIGN KEY (owner_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: audits_answer audits_answer_answered_by_id_6377c75a_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_answer
    ADD CONSTRAINT audits_answer_answered_by_id_6377c75a_fk_qms_user_id FOREIGN KEY (answered_by_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: audits_answer audits_answer_audit_id_e209edd5_fk_audits_audit_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_answer
    ADD CONSTRAINT audits_answer_audit_id_e209edd5_fk_audits_audit_id FOREIGN KEY (audit_id) REFERENCES public.audits_audit(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: audits_answer audits_answer_question_id_3aafb1e7_fk_audits_question_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_answer
    ADD CONSTRAINT audits_answer_question_id_3aafb1e7_fk_audits_question_id FOREIGN KEY (question_id) REFERENCES public.audits_question(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: audits_audit audits_audit_created_by_id_88b0621a_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_audit
    ADD CONSTRAINT audits_audit_created_by_id_88b0621a_fk_qms_user_id FOREIGN KEY (created_by_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: audits_audit_criteria audits_audit_criteri_criterion_id_3fed1d5e_fk_audits_cr; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_audit_criteria
    ADD CONSTRAINT audits_audit_criteri_criterion_id_3fed1d5e_fk_audits_cr FOREIGN KEY (criterion_id) REFERENCES public.audits_criterion(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: audits_audit_criteria audits_audit_criteria_audit_id_52411697_fk_audits_audit_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_audit_criteria
    ADD CONSTRAINT audits_audit_criteria_audit_id_52411697_fk_audits_audit_id FOREIGN KEY (audit_id) REFERENCES public.audits_audit(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: audits_audit audits_audit_programme_id_2e50feaa_fk_audits_programme_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_audit
    ADD CONSTRAINT audits_audit_programme_id_2e50feaa_fk_audits_programme_id FOREIGN KEY (programme_id) REFERENCES public.audits_programme(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: audits_audit audits_audit_unit_id_79a51a03_fk_qms_organisationunit_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_audit
    ADD CONSTRAINT audits_audit_unit_id_79a51a03_fk_qms_organisationunit_id FOREIGN KEY (unit_id) REFERENCES public.qms_organisationunit(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: audits_evidence audits_evidence_answer_id_f2e7c8d4_fk_audits_answer_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_evidence
    ADD CONSTRAINT audits_evidence_answer_id_f2e7c8d4_fk_audits_answer_id FOREIGN KEY (answer_id) REFERENCES public.audits_answer(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: audits_evidence audits_evidence_uploaded_by_id_16b75c00_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_evidence
    ADD CONSTRAINT audits_evidence_uploaded_by_id_16b75c00_fk_qms_user_id FOREIGN KEY (uploaded_by_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: audits_finding audits_finding_answer_id_9f7c5627_fk_audits_answer_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_finding
    ADD CONSTRAINT audits_finding_answer_id_9f7c5627_fk_audits_answer_id FOREIGN KEY (answer_id) REFERENCES public.audits_answer(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: audits_finding audits_finding_audit_id_db7fce3c_fk_audits_audit_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_finding
    ADD CONSTRAINT audits_finding_audit_id_db7fce3c_fk_audits_audit_id FOREIGN KEY (audit_id) REFERENCES public.audits_audit(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: audits_finding audits_finding_created_by_id_6f55af16_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_finding
    ADD CONSTRAINT audits_finding_created_by_id_6f55af16_fk_qms_user_id FOREIGN KEY (created_by_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: audits_finding audits_finding_criterion_id_8c1bd2c6_fk_audits_criterion_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_finding
    ADD CONSTRAINT audits_finding_criterion_id_8c1bd2c6_fk_audits_criterion_id FOREIGN KEY (criterion_id) REFERENCES public.audits_criterion(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: audits_finding audits_finding_deviation_id_6efd408a_fk_deviations_deviation_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_finding
    ADD CONSTRAINT audits_finding_deviation_id_6efd408a_fk_deviations_deviation_id FOREIGN KEY (deviation_id) REFERENCES public.deviations_deviation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: audits_finding audits_finding_verified_by_id_a512cd07_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_finding
    ADD CONSTRAINT audits_finding_verified_by_id_a512cd07_fk_qms_user_id FOREIGN KEY (verified_by_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: audits_programme audits_programme_created_by_id_e788b207_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_programme
    ADD CONSTRAINT audits_programme_created_by_id_e788b207_fk_qms_user_id FOREIGN KEY (created_by_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: audits_programme audits_programme_unit_id_5f45f6f1_fk_qms_organisationunit_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_programme
    ADD CONSTRAINT audits_programme_unit_id_5f45f6f1_fk_qms_organisationunit_id FOREIGN KEY (unit_id) REFERENCES public.qms_organisationunit(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: audits_question audits_question_criterion_id_9b96523e_fk_audits_criterion_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_question
    ADD CONSTRAINT audits_question_criterion_id_9b96523e_fk_audits_criterion_id FOREIGN KEY (criterion_id) REFERENCES public.audits_criterion(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: audits_teammember audits_teammember_audit_id_73a1cd49_fk_audits_audit_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_teammember
    ADD CONSTRAINT audits_teammember_audit_id_73a1cd49_fk_audits_audit_id FOREIGN KEY (audit_id) REFERENCES public.audits_audit(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: audits_teammember audits_teammember_override_by_id_714d2226_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_teammember
    ADD CONSTRAINT audits_teammember_override_by_id_714d2226_fk_qms_user_id FOREIGN KEY (override_by_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: audits_teammember audits_teammember_user_id_360dcece_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audits_teammember
    ADD CONSTRAINT audits_teammember_user_id_360dcece_fk_qms_user_id FOREIGN KEY (user_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: auth_group_permissions auth_group_permissio_permission_id_84c5c92e_fk_auth_perm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group_permissions
    ADD CONSTRAINT auth_group_permissio_permission_id_84c5c92e_fk_auth_perm FOREIGN KEY (permission_id) REFERENCES public.auth_permission(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: auth_group_permissions auth_group_permissions_group_id_b120cbf9_fk_auth_group_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group_permissions
    ADD CONSTRAINT auth_group_permissions_group_id_b120cbf9_fk_auth_group_id FOREIGN KEY (group_id) REFERENCES public.auth_group(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: auth_permission auth_permission_content_type_id_2f476e4b_fk_django_co; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_permission
    ADD CONSTRAINT auth_permission_content_type_id_2f476e4b_fk_django_co FOREIGN KEY (content_type_id) REFERENCES public.django_content_type(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: axes_accessattemptexpiration axes_accessattemptex_access_attempt_id_6b73a47a_fk_axes_acce; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.axes_accessattemptexpiration
    ADD CONSTRAINT axes_accessattemptex_access_attempt_id_6b73a47a_fk_axes_acce FOREIGN KEY (access_attempt_id) REFERENCES public.axes_accessattempt(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: certifications_calendarfeed certifications_calendarfeed_user_id_384b844a_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certifications_calendarfeed
    ADD CONSTRAINT certifications_calendarfeed_user_id_384b844a_fk_qms_user_id FOREIGN KEY (user_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: certifications_certificate_units certifications_certi_certificate_id_2c761f85_fk_certifica; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certifications_certificate_units
    ADD CONSTRAINT certifications_certi_certificate_id_2c761f85_fk_certifica FOREIGN KEY (certificate_id) REFERENCES public.certifications_certificate(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: certifications_certificate certifications_certi_not_renewing_decided_5c8eae5b_fk_qms_user_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certifications_certificate
    ADD CONSTRAINT certifications_certi_not_renewing_decided_5c8eae5b_fk_qms_user_ FOREIGN KEY (not_renewing_decided_by_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: certifications_certificate_units certifications_certi_organisationunit_id_546c9f3e_fk_qms_organ; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certifications_certificate_units
    ADD CONSTRAINT certifications_certi_organisationunit_id_546c9f3e_fk_qms_organ FOREIGN KEY (organisationunit_id) REFERENCES public.qms_organisationunit(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: certifications_certificate certifications_certi_responsible_id_7def6283_fk_qms_user_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certifications_certificate
    ADD CONSTRAINT certifications_certi_responsible_id_7def6283_fk_qms_user_ FOREIGN KEY (responsible_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: certifications_certificate certifications_certi_standard_id_5e904d67_fk_certifica; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certifications_certificate
    ADD CONSTRAINT certifications_certi_standard_id_5e904d67_fk_certifica FOREIGN KEY (standard_id) REFERENCES public.certifications_standard(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: certifications_cycleevent certifications_cycle_audit_content_type_i_667a8c88_fk_django_co; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certifications_cycleevent
    ADD CONSTRAINT certifications_cycle_audit_content_type_i_667a8c88_fk_django_co FOREIGN KEY (audit_content_type_id) REFERENCES public.django_content_type(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: certifications_cycle certifications_cycle_certificate_id_ebf077ec_fk_certifica; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certifications_cycle
    ADD CONSTRAINT certifications_cycle_certificate_id_ebf077ec_fk_certifica FOREIGN KEY (certificate_id) REFERENCES public.certifications_certificate(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: certifications_cycleevent certifications_cycle_cycle_id_b8b3031a_fk_certifica; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certifications_cycleevent
    ADD CONSTRAINT certifications_cycle_cycle_id_b8b3031a_fk_certifica FOREIGN KEY (cycle_id) REFERENCES public.certifications_cycle(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: certifications_cycle certifications_cycle_previous_id_47f6693a_fk_certifica; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certifications_cycle
    ADD CONSTRAINT certifications_cycle_previous_id_47f6693a_fk_certifica FOREIGN KEY (previous_id) REFERENCES public.certifications_cycle(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: certifications_cycleevent certifications_cycle_template_id_2fbd1fe0_fk_certifica; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certifications_cycleevent
    ADD CONSTRAINT certifications_cycle_template_id_2fbd1fe0_fk_certifica FOREIGN KEY (template_id) REFERENCES public.certifications_eventtemplate(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: certifications_eventtemplate certifications_event_standard_id_17513100_fk_certifica; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certifications_eventtemplate
    ADD CONSTRAINT certifications_event_standard_id_17513100_fk_certifica FOREIGN KEY (standard_id) REFERENCES public.certifications_standard(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: certifications_evidenceitem certifications_evide_copied_from_id_c6a0006f_fk_certifica; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certifications_evidenceitem
    ADD CONSTRAINT certifications_evide_copied_from_id_c6a0006f_fk_certifica FOREIGN KEY (copied_from_id) REFERENCES public.certifications_evidenceitem(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: certifications_evidenceitem certifications_evide_cycle_id_9aa63512_fk_certifica; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certifications_evidenceitem
    ADD CONSTRAINT certifications_evide_cycle_id_9aa63512_fk_certifica FOREIGN KEY (cycle_id) REFERENCES public.certifications_cycle(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: certifications_evidencetemplate certifications_evide_standard_id_2de18012_fk_certifica; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certifications_evidencetemplate
    ADD CONSTRAINT certifications_evide_standard_id_2de18012_fk_certifica FOREIGN KEY (standard_id) REFERENCES public.certifications_standard(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: certifications_evidenceitem certifications_evidenceitem_done_by_id_a867b19c_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certifications_evidenceitem
    ADD CONSTRAINT certifications_evidenceitem_done_by_id_a867b19c_fk_qms_user_id FOREIGN KEY (done_by_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: certifications_sentreminder certifications_sentr_cycle_id_55d66a0b_fk_certifica; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certifications_sentreminder
    ADD CONSTRAINT certifications_sentr_cycle_id_55d66a0b_fk_certifica FOREIGN KEY (cycle_id) REFERENCES public.certifications_cycle(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: certifications_sentreminder certifications_sentr_event_id_e89eb01f_fk_certifica; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certifications_sentreminder
    ADD CONSTRAINT certifications_sentr_event_id_e89eb01f_fk_certifica FOREIGN KEY (event_id) REFERENCES public.certifications_cycleevent(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: deviations_action deviations_action_content_type_id_644e7634_fk_django_co; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_action
    ADD CONSTRAINT deviations_action_content_type_id_644e7634_fk_django_co FOREIGN KEY (content_type_id) REFERENCES public.django_content_type(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: deviations_action deviations_action_created_by_id_68b64c30_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_action
    ADD CONSTRAINT deviations_action_created_by_id_68b64c30_fk_qms_user_id FOREIGN KEY (created_by_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: deviations_action deviations_action_owner_id_e397bbc8_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_action
    ADD CONSTRAINT deviations_action_owner_id_e397bbc8_fk_qms_user_id FOREIGN KEY (owner_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: deviations_action deviations_action_unit_id_75b252d9_fk_qms_organisationunit_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_action
    ADD CONSTRAINT deviations_action_unit_id_75b252d9_fk_qms_organisationunit_id FOREIGN KEY (unit_id) REFERENCES public.qms_organisationunit(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: deviations_action deviations_action_verified_by_id_e81852bb_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_action
    ADD CONSTRAINT deviations_action_verified_by_id_e81852bb_fk_qms_user_id FOREIGN KEY (verified_by_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: deviations_attachment deviations_attachmen_deviation_id_d49be473_fk_deviation; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_attachment
    ADD CONSTRAINT deviations_attachmen_deviation_id_d49be473_fk_deviation FOREIGN KEY (deviation_id) REFERENCES public.deviations_deviation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: deviations_attachment deviations_attachment_uploaded_by_id_e68f49c6_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_attachment
    ADD CONSTRAINT deviations_attachment_uploaded_by_id_e68f49c6_fk_qms_user_id FOREIGN KEY (uploaded_by_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: deviations_casecounter deviations_casecount_organisation_id_57f062ef_fk_qms_organ; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_casecounter
    ADD CONSTRAINT deviations_casecount_organisation_id_57f062ef_fk_qms_organ FOREIGN KEY (organisation_id) REFERENCES public.qms_organisationunit(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: deviations_category deviations_category_parent_id_8323d891_fk_deviation; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_category
    ADD CONSTRAINT deviations_category_parent_id_8323d891_fk_deviation FOREIGN KEY (parent_id) REFERENCES public.deviations_category(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: deviations_categorysensitivitydecision deviations_categorys_category_id_e74744f8_fk_deviation; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_categorysensitivitydecision
    ADD CONSTRAINT deviations_categorys_category_id_e74744f8_fk_deviation FOREIGN KEY (category_id) REFERENCES public.deviations_category(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: deviations_categorysensitivitydecision deviations_categorys_decided_by_id_92447e3d_fk_qms_user_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_categorysensitivitydecision
    ADD CONSTRAINT deviations_categorys_decided_by_id_92447e3d_fk_qms_user_ FOREIGN KEY (decided_by_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: deviations_comment deviations_comment_author_id_3822c869_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_comment
    ADD CONSTRAINT deviations_comment_author_id_3822c869_fk_qms_user_id FOREIGN KEY (author_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: deviations_comment deviations_comment_deviation_id_c0ac3d29_fk_deviation; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_comment
    ADD CONSTRAINT deviations_comment_deviation_id_c0ac3d29_fk_deviation FOREIGN KEY (deviation_id) REFERENCES public.deviations_deviation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: deviations_confidentialread deviations_confident_deviation_id_f68e1cca_fk_deviation; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_confidentialread
    ADD CONSTRAINT deviations_confident_deviation_id_f68e1cca_fk_deviation FOREIGN KEY (deviation_id) REFERENCES public.deviations_deviation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: deviations_confidentialread deviations_confidentialread_user_id_a111845c_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_confidentialread
    ADD CONSTRAINT deviations_confidentialread_user_id_a111845c_fk_qms_user_id FOREIGN KEY (user_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: deviations_deviation deviations_deviation_category_id_0fb43df6_fk_deviation; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_deviation
    ADD CONSTRAINT deviations_deviation_category_id_0fb43df6_fk_deviation FOREIGN KEY (category_id) REFERENCES public.deviations_category(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: deviations_deviation deviations_deviation_investigator_id_8dd172fa_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_deviation
    ADD CONSTRAINT deviations_deviation_investigator_id_8dd172fa_fk_qms_user_id FOREIGN KEY (investigator_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: deviations_deviation deviations_deviation_organisation_id_b959dfe8_fk_qms_organ; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_deviation
    ADD CONSTRAINT deviations_deviation_organisation_id_b959dfe8_fk_qms_organ FOREIGN KEY (organisation_id) REFERENCES public.qms_organisationunit(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: deviations_deviation deviations_deviation_reported_by_id_5cd03432_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_deviation
    ADD CONSTRAINT deviations_deviation_reported_by_id_5cd03432_fk_qms_user_id FOREIGN KEY (reported_by_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: deviations_deviation deviations_deviation_requirement_id_145fab2b_fk_deviation; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_deviation
    ADD CONSTRAINT deviations_deviation_requirement_id_145fab2b_fk_deviation FOREIGN KEY (requirement_id) REFERENCES public.deviations_requirement(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: deviations_deviation deviations_deviation_supplier_id_9658352e_fk_deviation; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_deviation
    ADD CONSTRAINT deviations_deviation_supplier_id_9658352e_fk_deviation FOREIGN KEY (supplier_id) REFERENCES public.deviations_supplier(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: deviations_deviation deviations_deviation_unit_id_db300ca8_fk_qms_organ; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_deviation
    ADD CONSTRAINT deviations_deviation_unit_id_db300ca8_fk_qms_organ FOREIGN KEY (unit_id) REFERENCES public.qms_organisationunit(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: deviations_export deviations_export_requested_by_id_0460528a_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_export
    ADD CONSTRAINT deviations_export_requested_by_id_0460528a_fk_qms_user_id FOREIGN KEY (requested_by_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: deviations_feedback deviations_feedback_answered_by_id_c916e146_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_feedback
    ADD CONSTRAINT deviations_feedback_answered_by_id_c916e146_fk_qms_user_id FOREIGN KEY (answered_by_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: deviations_feedback deviations_feedback_assignee_id_aa8db84e_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_feedback
    ADD CONSTRAINT deviations_feedback_assignee_id_aa8db84e_fk_qms_user_id FOREIGN KEY (assignee_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: deviations_feedback deviations_feedback_deviation_id_5f06efe7_fk_deviation; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_feedback
    ADD CONSTRAINT deviations_feedback_deviation_id_5f06efe7_fk_deviation FOREIGN KEY (deviation_id) REFERENCES public.deviations_deviation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: deviations_feedback deviations_feedback_organisation_id_d6b0e4aa_fk_qms_organ; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_feedback
    ADD CONSTRAINT deviations_feedback_organisation_id_d6b0e4aa_fk_qms_organ FOREIGN KEY (organisation_id) REFERENCES public.qms_organisationunit(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: deviations_feedback deviations_feedback_unit_id_dfd163b9_fk_qms_organisationunit_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_feedback
    ADD CONSTRAINT deviations_feedback_unit_id_dfd163b9_fk_qms_organisationunit_id FOREIGN KEY (unit_id) REFERENCES public.qms_organisationunit(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: deviations_feedbackpolicy deviations_feedbackp_organisation_id_57a3f8a8_fk_qms_organ; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_feedbackpolicy
    ADD CONSTRAINT deviations_feedbackp_organisation_id_57a3f8a8_fk_qms_organ FOREIGN KEY (organisation_id) REFERENCES public.qms_organisationunit(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: deviations_legaltrack deviations_legaltrac_deviation_id_46f2b65f_fk_deviation; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_legaltrack
    ADD CONSTRAINT deviations_legaltrac_deviation_id_46f2b65f_fk_deviation FOREIGN KEY (deviation_id) REFERENCES public.deviations_deviation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: deviations_legaltrack deviations_legaltrack_assessed_by_id_158d3e7a_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_legaltrack
    ADD CONSTRAINT deviations_legaltrack_assessed_by_id_158d3e7a_fk_qms_user_id FOREIGN KEY (assessed_by_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: deviations_legaltrack deviations_legaltrack_flagged_by_id_9723a9a6_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_legaltrack
    ADD CONSTRAINT deviations_legaltrack_flagged_by_id_9723a9a6_fk_qms_user_id FOREIGN KEY (flagged_by_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: deviations_publicactivity deviations_publicact_unit_id_608e19c3_fk_qms_organ; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_publicactivity
    ADD CONSTRAINT deviations_publicact_unit_id_608e19c3_fk_qms_organ FOREIGN KEY (unit_id) REFERENCES public.qms_organisationunit(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: deviations_requirement deviations_requireme_owner_unit_id_bbc83884_fk_qms_organ; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_requirement
    ADD CONSTRAINT deviations_requireme_owner_unit_id_bbc83884_fk_qms_organ FOREIGN KEY (owner_unit_id) REFERENCES public.qms_organisationunit(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: deviations_savedfilter deviations_savedfilter_user_id_a08b68c1_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_savedfilter
    ADD CONSTRAINT deviations_savedfilter_user_id_a08b68c1_fk_qms_user_id FOREIGN KEY (user_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: deviations_suggestion deviations_suggestio_organisation_id_1e880482_fk_qms_organ; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_suggestion
    ADD CONSTRAINT deviations_suggestio_organisation_id_1e880482_fk_qms_organ FOREIGN KEY (organisation_id) REFERENCES public.qms_organisationunit(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: deviations_suggestion deviations_suggestio_unit_id_842f195b_fk_qms_organ; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_suggestion
    ADD CONSTRAINT deviations_suggestio_unit_id_842f195b_fk_qms_organ FOREIGN KEY (unit_id) REFERENCES public.qms_organisationunit(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: deviations_suggestion deviations_suggestion_decided_by_id_d474c1ab_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_suggestion
    ADD CONSTRAINT deviations_suggestion_decided_by_id_d474c1ab_fk_qms_user_id FOREIGN KEY (decided_by_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: deviations_suggestion deviations_suggestion_submitted_by_id_930aa497_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deviations_suggestion
    ADD CONSTRAINT deviations_suggestion_submitted_by_id_930aa497_fk_qms_user_id FOREIGN KEY (submitted_by_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: django_admin_log django_admin_log_content_type_id_c4bce8eb_fk_django_co; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_admin_log
    ADD CONSTRAINT django_admin_log_content_type_id_c4bce8eb_fk_django_co FOREIGN KEY (content_type_id) REFERENCES public.django_content_type(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: django_admin_log django_admin_log_user_id_c564eba6_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_admin_log
    ADD CONSTRAINT django_admin_log_user_id_c564eba6_fk_qms_user_id FOREIGN KEY (user_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: django_celery_beat_periodictask django_celery_beat_p_clocked_id_47a69f82_fk_django_ce; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_celery_beat_periodictask
    ADD CONSTRAINT django_celery_beat_p_clocked_id_47a69f82_fk_django_ce FOREIGN KEY (clocked_id) REFERENCES public.django_celery_beat_clockedschedule(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: django_celery_beat_periodictask django_celery_beat_p_crontab_id_d3cba168_fk_django_ce; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_celery_beat_periodictask
    ADD CONSTRAINT django_celery_beat_p_crontab_id_d3cba168_fk_django_ce FOREIGN KEY (crontab_id) REFERENCES public.django_celery_beat_crontabschedule(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: django_celery_beat_periodictask django_celery_beat_p_interval_id_a8ca27da_fk_django_ce; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_celery_beat_periodictask
    ADD CONSTRAINT django_celery_beat_p_interval_id_a8ca27da_fk_django_ce FOREIGN KEY (interval_id) REFERENCES public.django_celery_beat_intervalschedule(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: django_celery_beat_periodictask django_celery_beat_p_solar_id_a87ce72c_fk_django_ce; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_celery_beat_periodictask
    ADD CONSTRAINT django_celery_beat_p_solar_id_a87ce72c_fk_django_ce FOREIGN KEY (solar_id) REFERENCES public.django_celery_beat_solarschedule(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: identity_grantedmembership identity_grantedmemb_mapping_id_ff4ebaa6_fk_identity_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.identity_grantedmembership
    ADD CONSTRAINT identity_grantedmemb_mapping_id_ff4ebaa6_fk_identity_ FOREIGN KEY (mapping_id) REFERENCES public.identity_rolemapping(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: identity_grantedmembership identity_grantedmemb_membership_id_ae0b6844_fk_qms_membe; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.identity_grantedmembership
    ADD CONSTRAINT identity_grantedmemb_membership_id_ae0b6844_fk_qms_membe FOREIGN KEY (membership_id) REFERENCES public.qms_membership(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: identity_rolemapping identity_rolemapping_created_by_id_41feac7f_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.identity_rolemapping
    ADD CONSTRAINT identity_rolemapping_created_by_id_41feac7f_fk_qms_user_id FOREIGN KEY (created_by_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: identity_rolemapping identity_rolemapping_unit_id_f27c2f19_fk_qms_organ; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.identity_rolemapping
    ADD CONSTRAINT identity_rolemapping_unit_id_f27c2f19_fk_qms_organ FOREIGN KEY (unit_id) REFERENCES public.qms_organisationunit(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: imports_columnmapping imports_columnmapping_updated_by_id_5a6c9b20_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.imports_columnmapping
    ADD CONSTRAINT imports_columnmapping_updated_by_id_5a6c9b20_fk_qms_user_id FOREIGN KEY (updated_by_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: imports_importedmanagerrole imports_importedmana_job_id_60dd5307_fk_imports_i; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.imports_importedmanagerrole
    ADD CONSTRAINT imports_importedmana_job_id_60dd5307_fk_imports_i FOREIGN KEY (job_id) REFERENCES public.imports_importjob(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: imports_importedmanagerrole imports_importedmana_membership_id_3e7afce7_fk_qms_membe; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.imports_importedmanagerrole
    ADD CONSTRAINT imports_importedmana_membership_id_3e7afce7_fk_qms_membe FOREIGN KEY (membership_id) REFERENCES public.qms_membership(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: imports_importjob imports_importjob_created_by_id_6db31ede_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.imports_importjob
    ADD CONSTRAINT imports_importjob_created_by_id_6db31ede_fk_qms_user_id FOREIGN KEY (created_by_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: imports_importjob imports_importjob_place_under_id_44d87a98_fk_qms_organ; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.imports_importjob
    ADD CONSTRAINT imports_importjob_place_under_id_44d87a98_fk_qms_organ FOREIGN KEY (place_under_id) REFERENCES public.qms_organisationunit(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: imports_importproblem imports_importproblem_job_id_2b93cc6e_fk_imports_importjob_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.imports_importproblem
    ADD CONSTRAINT imports_importproblem_job_id_2b93cc6e_fk_imports_importjob_id FOREIGN KEY (job_id) REFERENCES public.imports_importjob(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: imports_legacyrecord imports_legacyrecord_action_id_1802fd5f_fk_deviations_action_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.imports_legacyrecord
    ADD CONSTRAINT imports_legacyrecord_action_id_1802fd5f_fk_deviations_action_id FOREIGN KEY (action_id) REFERENCES public.deviations_action(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: imports_legacyrecord imports_legacyrecord_deviation_id_7a792d90_fk_deviation; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.imports_legacyrecord
    ADD CONSTRAINT imports_legacyrecord_deviation_id_7a792d90_fk_deviation FOREIGN KEY (deviation_id) REFERENCES public.deviations_deviation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: imports_legacyrecord imports_legacyrecord_job_id_75930cfc_fk_imports_importjob_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.imports_legacyrecord
    ADD CONSTRAINT imports_legacyrecord_job_id_75930cfc_fk_imports_importjob_id FOREIGN KEY (job_id) REFERENCES public.imports_importjob(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: mfa_authenticator mfa_authenticator_user_id_0c3a50c0_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mfa_authenticator
    ADD CONSTRAINT mfa_authenticator_user_id_0c3a50c0_fk_qms_user_id FOREIGN KEY (user_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: provisioning_scimclient provisioning_scimclient_created_by_id_42208518_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.provisioning_scimclient
    ADD CONSTRAINT provisioning_scimclient_created_by_id_42208518_fk_qms_user_id FOREIGN KEY (created_by_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: provisioning_scimgroup provisioning_scimgro_client_id_057d58dc_fk_provision; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.provisioning_scimgroup
    ADD CONSTRAINT provisioning_scimgro_client_id_057d58dc_fk_provision FOREIGN KEY (client_id) REFERENCES public.provisioning_scimclient(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: provisioning_scimgroupmember provisioning_scimgro_group_id_22911113_fk_provision; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.provisioning_scimgroupmember
    ADD CONSTRAINT provisioning_scimgro_group_id_22911113_fk_provision FOREIGN KEY (group_id) REFERENCES public.provisioning_scimgroup(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: provisioning_scimgroupmember provisioning_scimgroupmember_user_id_08cdb61f_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.provisioning_scimgroupmember
    ADD CONSTRAINT provisioning_scimgroupmember_user_id_08cdb61f_fk_qms_user_id FOREIGN KEY (user_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: provisioning_scimuser provisioning_scimuse_client_id_bc34a12a_fk_provision; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.provisioning_scimuser
    ADD CONSTRAINT provisioning_scimuse_client_id_bc34a12a_fk_provision FOREIGN KEY (client_id) REFERENCES public.provisioning_scimclient(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: provisioning_scimuser provisioning_scimuser_user_id_c191a581_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.provisioning_scimuser
    ADD CONSTRAINT provisioning_scimuser_user_id_c191a581_fk_qms_user_id FOREIGN KEY (user_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: qms_formsubmission qms_formsubmission_user_id_9cedaae3_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_formsubmission
    ADD CONSTRAINT qms_formsubmission_user_id_9cedaae3_fk_qms_user_id FOREIGN KEY (user_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: qms_invitation qms_invitation_created_by_id_022145a5_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_invitation
    ADD CONSTRAINT qms_invitation_created_by_id_022145a5_fk_qms_user_id FOREIGN KEY (created_by_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: qms_invitation qms_invitation_user_id_a14d7060_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_invitation
    ADD CONSTRAINT qms_invitation_user_id_a14d7060_fk_qms_user_id FOREIGN KEY (user_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: qms_membership qms_membership_unit_id_00fc6c9b_fk_qms_organisationunit_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_membership
    ADD CONSTRAINT qms_membership_unit_id_00fc6c9b_fk_qms_organisationunit_id FOREIGN KEY (unit_id) REFERENCES public.qms_organisationunit(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: qms_membership qms_membership_user_id_de0d6dc7_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_membership
    ADD CONSTRAINT qms_membership_user_id_de0d6dc7_fk_qms_user_id FOREIGN KEY (user_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: qms_notification qms_notification_digest_id_437d6d0c_fk_qms_notif; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_notification
    ADD CONSTRAINT qms_notification_digest_id_437d6d0c_fk_qms_notif FOREIGN KEY (digest_id) REFERENCES public.qms_notificationdigest(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: qms_notification qms_notification_email_id_d07664c1_fk_qms_outgoingemail_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_notification
    ADD CONSTRAINT qms_notification_email_id_d07664c1_fk_qms_outgoingemail_id FOREIGN KEY (email_id) REFERENCES public.qms_outgoingemail(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: qms_notification qms_notification_recipient_id_8b4a5b97_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_notification
    ADD CONSTRAINT qms_notification_recipient_id_8b4a5b97_fk_qms_user_id FOREIGN KEY (recipient_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: qms_notificationdigest qms_notificationdige_email_id_dd71c38c_fk_qms_outgo; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_notificationdigest
    ADD CONSTRAINT qms_notificationdige_email_id_dd71c38c_fk_qms_outgo FOREIGN KEY (email_id) REFERENCES public.qms_outgoingemail(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: qms_notificationdigest qms_notificationdigest_recipient_id_7b29db1f_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_notificationdigest
    ADD CONSTRAINT qms_notificationdigest_recipient_id_7b29db1f_fk_qms_user_id FOREIGN KEY (recipient_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: qms_notificationpreference qms_notificationpreference_user_id_6c9f3ee3_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_notificationpreference
    ADD CONSTRAINT qms_notificationpreference_user_id_6c9f3ee3_fk_qms_user_id FOREIGN KEY (user_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: qms_user_groups qms_user_groups_group_id_59bc7be7_fk_auth_group_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_user_groups
    ADD CONSTRAINT qms_user_groups_group_id_59bc7be7_fk_auth_group_id FOREIGN KEY (group_id) REFERENCES public.auth_group(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: qms_user_groups qms_user_groups_user_id_9970cfc4_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_user_groups
    ADD CONSTRAINT qms_user_groups_user_id_9970cfc4_fk_qms_user_id FOREIGN KEY (user_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: qms_user_user_permissions qms_user_user_permis_permission_id_e26e42bc_fk_auth_perm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_user_user_permissions
    ADD CONSTRAINT qms_user_user_permis_permission_id_e26e42bc_fk_auth_perm FOREIGN KEY (permission_id) REFERENCES public.auth_permission(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: qms_user_user_permissions qms_user_user_permissions_user_id_1b2f8152_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qms_user_user_permissions
    ADD CONSTRAINT qms_user_user_permissions_user_id_1b2f8152_fk_qms_user_id FOREIGN KEY (user_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: records_accesslog records_accesslog_user_id_2f3a6a13_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records_accesslog
    ADD CONSTRAINT records_accesslog_user_id_2f3a6a13_fk_qms_user_id FOREIGN KEY (user_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: records_archivepackage records_archivepacka_organisation_id_dccd2b31_fk_qms_organ; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records_archivepackage
    ADD CONSTRAINT records_archivepacka_organisation_id_dccd2b31_fk_qms_organ FOREIGN KEY (organisation_id) REFERENCES public.qms_organisationunit(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: records_archivepackage records_archivepackage_delivered_by_id_0957ec0e_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records_archivepackage
    ADD CONSTRAINT records_archivepackage_delivered_by_id_0957ec0e_fk_qms_user_id FOREIGN KEY (delivered_by_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: records_archivepackage records_archivepackage_requested_by_id_b7cbb7fc_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records_archivepackage
    ADD CONSTRAINT records_archivepackage_requested_by_id_b7cbb7fc_fk_qms_user_id FOREIGN KEY (requested_by_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: records_deliveredrecord records_deliveredrec_content_type_id_5f150ced_fk_django_co; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records_deliveredrecord
    ADD CONSTRAINT records_deliveredrec_content_type_id_5f150ced_fk_django_co FOREIGN KEY (content_type_id) REFERENCES public.django_content_type(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: records_deliveredrecord records_deliveredrec_package_id_dfa63ba6_fk_records_a; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records_deliveredrecord
    ADD CONSTRAINT records_deliveredrec_package_id_dfa63ba6_fk_records_a FOREIGN KEY (package_id) REFERENCES public.records_archivepackage(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: records_fullexport records_fullexport_requested_by_id_213cb9f6_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records_fullexport
    ADD CONSTRAINT records_fullexport_requested_by_id_213cb9f6_fk_qms_user_id FOREIGN KEY (requested_by_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: records_legalhold records_legalhold_content_type_id_0eadcfe3_fk_django_co; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records_legalhold
    ADD CONSTRAINT records_legalhold_content_type_id_0eadcfe3_fk_django_co FOREIGN KEY (content_type_id) REFERENCES public.django_content_type(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: records_legalhold records_legalhold_lifted_by_id_11e16102_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records_legalhold
    ADD CONSTRAINT records_legalhold_lifted_by_id_11e16102_fk_qms_user_id FOREIGN KEY (lifted_by_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: records_legalhold records_legalhold_placed_by_id_2076204c_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records_legalhold
    ADD CONSTRAINT records_legalhold_placed_by_id_2076204c_fk_qms_user_id FOREIGN KEY (placed_by_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: records_legalhold records_legalhold_unit_id_866eed0f_fk_qms_organisationunit_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records_legalhold
    ADD CONSTRAINT records_legalhold_unit_id_866eed0f_fk_qms_organisationunit_id FOREIGN KEY (unit_id) REFERENCES public.qms_organisationunit(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: records_proposal records_proposal_approved_by_id_63145ce5_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records_proposal
    ADD CONSTRAINT records_proposal_approved_by_id_63145ce5_fk_qms_user_id FOREIGN KEY (approved_by_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: records_proposal records_proposal_created_by_id_ef012ec8_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records_proposal
    ADD CONSTRAINT records_proposal_created_by_id_ef012ec8_fk_qms_user_id FOREIGN KEY (created_by_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: records_proposal records_proposal_organisation_id_960b82a6_fk_qms_organ; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records_proposal
    ADD CONSTRAINT records_proposal_organisation_id_960b82a6_fk_qms_organ FOREIGN KEY (organisation_id) REFERENCES public.qms_organisationunit(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: records_proposalitem records_proposalitem_proposal_id_da9cbc1f_fk_records_p; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records_proposalitem
    ADD CONSTRAINT records_proposalitem_proposal_id_da9cbc1f_fk_records_p FOREIGN KEY (proposal_id) REFERENCES public.records_proposal(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: records_proposalitem records_proposalitem_rule_id_9286eba6_fk_records_p; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records_proposalitem
    ADD CONSTRAINT records_proposalitem_rule_id_9286eba6_fk_records_p FOREIGN KEY (rule_id) REFERENCES public.records_proposalrule(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: records_proposalrule records_proposalrule_proposal_id_be8048a3_fk_records_p; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records_proposalrule
    ADD CONSTRAINT records_proposalrule_proposal_id_be8048a3_fk_records_p FOREIGN KEY (proposal_id) REFERENCES public.records_proposal(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: records_proposalrule records_proposalrule_rule_id_0d81b3de_fk_records_r; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records_proposalrule
    ADD CONSTRAINT records_proposalrule_rule_id_0d81b3de_fk_records_r FOREIGN KEY (rule_id) REFERENCES public.records_retentionrule(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: records_registerextract records_registerextr_scope_id_9891275f_fk_qms_organ; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records_registerextract
    ADD CONSTRAINT records_registerextr_scope_id_9891275f_fk_qms_organ FOREIGN KEY (scope_id) REFERENCES public.qms_organisationunit(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: records_registerextract records_registerextract_requested_by_id_d32f9622_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records_registerextract
    ADD CONSTRAINT records_registerextract_requested_by_id_d32f9622_fk_qms_user_id FOREIGN KEY (requested_by_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: records_registerextract records_registerextract_subject_user_id_2e7849a8_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records_registerextract
    ADD CONSTRAINT records_registerextract_subject_user_id_2e7849a8_fk_qms_user_id FOREIGN KEY (subject_user_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: records_retentionrule records_retentionrul_organisation_id_5dcda324_fk_qms_organ; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records_retentionrule
    ADD CONSTRAINT records_retentionrul_organisation_id_5dcda324_fk_qms_organ FOREIGN KEY (organisation_id) REFERENCES public.qms_organisationunit(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: records_retentionrule records_retentionrule_created_by_id_1e728756_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records_retentionrule
    ADD CONSTRAINT records_retentionrule_created_by_id_1e728756_fk_qms_user_id FOREIGN KEY (created_by_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: reviews_decision reviews_decision_copied_from_id_3f6541d3_fk_reviews_decision_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_decision
    ADD CONSTRAINT reviews_decision_copied_from_id_3f6541d3_fk_reviews_decision_id FOREIGN KEY (copied_from_id) REFERENCES public.reviews_decision(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: reviews_decision reviews_decision_review_id_6838e833_fk_reviews_review_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_decision
    ADD CONSTRAINT reviews_decision_review_id_6838e833_fk_reviews_review_id FOREIGN KEY (review_id) REFERENCES public.reviews_review(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: reviews_indicator reviews_indicator_objective_id_37a23216_fk_reviews_objective_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_indicator
    ADD CONSTRAINT reviews_indicator_objective_id_37a23216_fk_reviews_objective_id FOREIGN KEY (objective_id) REFERENCES public.reviews_objective(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: reviews_indicatorvalue reviews_indicatorval_indicator_id_f29855c8_fk_reviews_i; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_indicatorvalue
    ADD CONSTRAINT reviews_indicatorval_indicator_id_f29855c8_fk_reviews_i FOREIGN KEY (indicator_id) REFERENCES public.reviews_indicator(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: reviews_indicatorvalue reviews_indicatorvalue_entered_by_id_112f2d53_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_indicatorvalue
    ADD CONSTRAINT reviews_indicatorvalue_entered_by_id_112f2d53_fk_qms_user_id FOREIGN KEY (entered_by_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: reviews_objective reviews_objective_unit_id_441ba705_fk_qms_organisationunit_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_objective
    ADD CONSTRAINT reviews_objective_unit_id_441ba705_fk_qms_organisationunit_id FOREIGN KEY (unit_id) REFERENCES public.qms_organisationunit(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: reviews_participant reviews_participant_review_id_34b4c15f_fk_reviews_review_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_participant
    ADD CONSTRAINT reviews_participant_review_id_34b4c15f_fk_reviews_review_id FOREIGN KEY (review_id) REFERENCES public.reviews_review(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: reviews_participant reviews_participant_user_id_a28bd16c_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_participant
    ADD CONSTRAINT reviews_participant_user_id_a28bd16c_fk_qms_user_id FOREIGN KEY (user_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: reviews_patientsafetyreport reviews_patientsafet_created_by_id_0f7cb959_fk_qms_user_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_patientsafetyreport
    ADD CONSTRAINT reviews_patientsafet_created_by_id_0f7cb959_fk_qms_user_ FOREIGN KEY (created_by_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: reviews_patientsafetyreport reviews_patientsafet_published_by_id_6a8a4397_fk_qms_user_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_patientsafetyreport
    ADD CONSTRAINT reviews_patientsafet_published_by_id_6a8a4397_fk_qms_user_ FOREIGN KEY (published_by_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: reviews_patientsafetyreport reviews_patientsafet_revision_of_id_cb8159a4_fk_reviews_p; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_patientsafetyreport
    ADD CONSTRAINT reviews_patientsafet_revision_of_id_cb8159a4_fk_reviews_p FOREIGN KEY (revision_of_id) REFERENCES public.reviews_patientsafetyreport(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: reviews_patientsafetyreminder reviews_patientsafet_unit_id_038549ae_fk_qms_organ; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_patientsafetyreminder
    ADD CONSTRAINT reviews_patientsafet_unit_id_038549ae_fk_qms_organ FOREIGN KEY (unit_id) REFERENCES public.qms_organisationunit(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: reviews_patientsafetyreport reviews_patientsafet_unit_id_139afa38_fk_qms_organ; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_patientsafetyreport
    ADD CONSTRAINT reviews_patientsafet_unit_id_139afa38_fk_qms_organ FOREIGN KEY (unit_id) REFERENCES public.qms_organisationunit(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: reviews_qualityreport reviews_qualityrepor_revision_of_id_79941a30_fk_reviews_q; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_qualityreport
    ADD CONSTRAINT reviews_qualityrepor_revision_of_id_79941a30_fk_reviews_q FOREIGN KEY (revision_of_id) REFERENCES public.reviews_qualityreport(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: reviews_qualityreport reviews_qualityrepor_unit_id_b0232ef2_fk_qms_organ; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_qualityreport
    ADD CONSTRAINT reviews_qualityrepor_unit_id_b0232ef2_fk_qms_organ FOREIGN KEY (unit_id) REFERENCES public.qms_organisationunit(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: reviews_qualityreport reviews_qualityreport_created_by_id_6046710f_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_qualityreport
    ADD CONSTRAINT reviews_qualityreport_created_by_id_6046710f_fk_qms_user_id FOREIGN KEY (created_by_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: reviews_qualityreport reviews_qualityreport_published_by_id_a8b341df_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_qualityreport
    ADD CONSTRAINT reviews_qualityreport_published_by_id_a8b341df_fk_qms_user_id FOREIGN KEY (published_by_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: reviews_review reviews_review_approved_by_id_425c1133_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_review
    ADD CONSTRAINT reviews_review_approved_by_id_425c1133_fk_qms_user_id FOREIGN KEY (approved_by_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: reviews_review reviews_review_chair_id_e6c51bbd_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_review
    ADD CONSTRAINT reviews_review_chair_id_e6c51bbd_fk_qms_user_id FOREIGN KEY (chair_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: reviews_review reviews_review_created_by_id_2db9f91c_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_review
    ADD CONSTRAINT reviews_review_created_by_id_2db9f91c_fk_qms_user_id FOREIGN KEY (created_by_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: reviews_review reviews_review_revision_of_id_abd58216_fk_reviews_review_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_review
    ADD CONSTRAINT reviews_review_revision_of_id_abd58216_fk_reviews_review_id FOREIGN KEY (revision_of_id) REFERENCES public.reviews_review(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: reviews_review reviews_review_unit_id_4e4afa49_fk_qms_organisationunit_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_review
    ADD CONSTRAINT reviews_review_unit_id_4e4afa49_fk_qms_organisationunit_id FOREIGN KEY (unit_id) REFERENCES public.qms_organisationunit(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: reviews_reviewitem reviews_reviewitem_review_id_e3ed2353_fk_reviews_review_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews_reviewitem
    ADD CONSTRAINT reviews_reviewitem_review_id_e3ed2353_fk_reviews_review_id FOREIGN KEY (review_id) REFERENCES public.reviews_review(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: socialaccount_socialtoken socialaccount_social_account_id_951f210e_fk_socialacc; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.socialaccount_socialtoken
    ADD CONSTRAINT socialaccount_social_account_id_951f210e_fk_socialacc FOREIGN KEY (account_id) REFERENCES public.socialaccount_socialaccount(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: socialaccount_socialtoken socialaccount_social_app_id_636a42d7_fk_socialacc; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.socialaccount_socialtoken
    ADD CONSTRAINT socialaccount_social_app_id_636a42d7_fk_socialacc FOREIGN KEY (app_id) REFERENCES public.socialaccount_socialapp(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: socialaccount_socialaccount socialaccount_socialaccount_user_id_8146e70c_fk_qms_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.socialaccount_socialaccount
    ADD CONSTRAINT socialaccount_socialaccount_user_id_8146e70c_fk_qms_user_id FOREIGN KEY (user_id) REFERENCES public.qms_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- PostgreSQL database dump complete
--


